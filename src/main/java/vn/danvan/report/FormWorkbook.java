package vn.danvan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.danvan.shared.DomainException;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

/**
 * A unit's report as an XLSX form to fill in offline: one row per figure (code in column A, value in column D), one
 * per narrative section (text in column D), and a hidden sheet naming the report, so that a form of another unit,
 * period or template is recognised on upload. Reading back checks every cell and names it ("D7") in each message.
 */
final class FormWorkbook {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final String IDENTITY = "danvan";
    private static final int VALUE_COLUMN = 3;

    /** What was read: figures as text keyed by figure key, texts by section code, and where each figure sat. */
    record Filled(Map<String, String> entries, Map<String, String> texts, Map<String, String> cellOf) {
    }

    private FormWorkbook() {
    }

    static byte[] write(ReportSubmission submission, ReportTemplate template, List<String> heading,
            Function<String, String> label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(label.apply("report.xlsx.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            for (String line : heading) {
                text(sheet.createRow(r++), 0, line, bold);
            }
            r++;
            Row header = sheet.createRow(r++);
            String[] titles = { "report.xlsx.code", "report.xlsx.element", "report.xlsx.measure", "report.xlsx.value" };
            for (int c = 0; c < titles.length; c++) {
                text(header, c, label.apply(titles[c]), bold);
            }
            Map<String, BigDecimal> figures = submission.figures();
            for (DataElement element : template.elements()) {
                r = figureRow(sheet, r, element.code(), element.name(), element.measure(), figures.get(element.code()));
                for (String category : element.disaggregation().categories()) {
                    String key = ReportTemplate.figureKey(element.code(), category);
                    r = figureRow(sheet, r, key, "    " + label.apply("report.xlsx.of-which") + " "
                            + label.apply(Disaggregation.categoryKey(category)), element.measure(), figures.get(key));
                }
            }
            r++;
            Row sectionHeader = sheet.createRow(r++);
            text(sectionHeader, 0, label.apply("report.xlsx.code"), bold);
            text(sectionHeader, 1, label.apply("report.xlsx.section"), bold);
            text(sectionHeader, VALUE_COLUMN, label.apply("report.xlsx.text"), bold);
            Map<String, String> texts = submission.narratives();
            for (NarrativeSection section : template.sections()) {
                Row row = sheet.createRow(r++);
                text(row, 0, "#" + section.code(), null);
                text(row, 1, section.heading(), wrap);
                text(row, VALUE_COLUMN, texts.getOrDefault(section.code(), ""), wrap);
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 50 * 256);
            sheet.setColumnWidth(2, 12 * 256);
            sheet.setColumnWidth(VALUE_COLUMN, 60 * 256);
            Sheet identity = workbook.createSheet(IDENTITY);
            String[] ids = { submission.id().toString(), submission.scheduleId().toString(), submission.periodKey(),
                    submission.unitId().toString(), template.id().toString() };
            for (int i = 0; i < ids.length; i++) {
                identity.createRow(i).createCell(0).setCellValue(ids[i]);
            }
            workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int figureRow(Sheet sheet, int r, String key, String name, String measure, BigDecimal value) {
        Row row = sheet.createRow(r);
        text(row, 0, key, null);
        text(row, 1, name, null);
        text(row, 2, measure, null);
        if (value != null) {
            row.createCell(VALUE_COLUMN).setCellValue(value.doubleValue());
        }
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Reads a filled-in form of this very report; macros, formulas and another report's form are refused. */
    static Filled read(byte[] content, ReportSubmission submission, ReportTemplate template) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("report.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("report.upload.too-large", MAX_BYTES / 1024 / 1024);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new UnsupportedType("report.upload.not-xlsx");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.isMacroEnabled() || !workbook.getPackage().getPartsByName(java.util.regex.Pattern.compile("(?i).*vbaProject.*")).isEmpty()) {
                throw new UnsupportedType("report.upload.macros");
            }
            Sheet identity = workbook.getSheet(IDENTITY);
            String[] expected = { submission.id().toString(), submission.scheduleId().toString(), submission.periodKey(),
                    submission.unitId().toString(), template.id().toString() };
            if (identity == null) {
                throw new InvalidInput("report.upload.other-form");
            }
            DataFormatter formatter = new DataFormatter();
            for (int i = 1; i < expected.length; i++) {
                Row row = identity.getRow(i);
                String found = row == null ? "" : formatter.formatCellValue(row.getCell(0)).strip();
                if (!expected[i].equals(found)) {
                    throw new InvalidInput("report.upload.other-form");
                }
            }
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, String> entries = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> cellOf = new HashMap<>();
            List<FieldProblem> problems = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        String ref = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
                        problems.add(new FieldProblem(ref, "report.upload.formula", ref));
                    }
                }
                Cell keyCell = row.getCell(0);
                if (keyCell == null || keyCell.getCellType() != CellType.STRING) {
                    continue;
                }
                String key = keyCell.getStringCellValue().strip();
                Cell valueCell = row.getCell(VALUE_COLUMN);
                String ref = new CellReference(row.getRowNum(), VALUE_COLUMN).formatAsString();
                if (key.startsWith("#")) {
                    texts.put(key.substring(1), valueCell == null || valueCell.getCellType() == CellType.FORMULA ? ""
                            : formatter.formatCellValue(valueCell));
                } else if (isFigureKey(template, key)) {
                    cellOf.put(key, ref);
                    entries.put(key, valueText(valueCell));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new Filled(entries, texts, cellOf);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("report.upload.unreadable");
        }
    }

    private static boolean isFigureKey(ReportTemplate template, String key) {
        for (DataElement e : template.elements()) {
            if (e.code().equals(key) || e.disaggregation().categories().stream().anyMatch(c -> key.equals(e.code() + "." + c))) {
                return true;
            }
        }
        return false;
    }

    private static String valueText(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.FORMULA) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return "?";
    }
}
