package vn.danvan.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table uploaded as CSV (UTF-8, comma, semicolon or tab separated) or as the first sheet of an XLSX workbook, read
 * into rows of trimmed strings; dates typed as dates in Excel come back as ISO dates. The type is told from the bytes,
 * not the file name. Formulas are refused, since their results are not what the person typed.
 */
public final class TableFile {

    /** A cell that holds a formula, as the row and column (both from 1) where it sits. */
    public static final class FormulaFound extends InvalidInput {

        public FormulaFound(int row, int column) {
            super("table.formula-not-allowed", row, column);
        }
    }

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private TableFile() {
    }

    /** Reads at most {@code maxRows} rows (the header included); more is an error rather than a silent cut. */
    public static List<List<String>> read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw new InvalidInput("table.empty");
        }
        if (isZip(content)) {
            return readWorkbook(content, maxRows);
        }
        if (isOleDocument(content)) {
            throw new UnsupportedType("table.old-excel");
        }
        return readCsv(decode(content), maxRows);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isOleDocument(byte[] content) {
        return content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new InvalidInput("table.not-text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInput("table.not-utf8");
        }
    }

    private static List<List<String>> readWorkbook(byte[] content, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInput("table.empty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw new InvalidInput("table.too-many-rows", maxRows);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cellText(cell, formatter, r + 1, c + 1));
                    }
                }
                rows.add(cells);
            }
            return trimTrailingEmptyRows(rows);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("table.unreadable");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter, int row, int column) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new FormulaFound(row, column);
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value == null ? "" : value.toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    static List<List<String>> readCsv(String text, int maxRows) {
        char delimiter = delimiterOf(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > maxRows) {
                    throw new InvalidInput("table.too-many-rows", maxRows);
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInput("table.unclosed-quote");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        if (rows.size() > maxRows) {
            throw new InvalidInput("table.too-many-rows", maxRows);
        }
        return trimTrailingEmptyRows(rows);
    }

    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = count(header, ',');
        int semicolons = count(header, ';');
        int tabs = count(header, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> trimTrailingEmptyRows(List<List<String>> rows) {
        int end = rows.size();
        while (end > 0 && rows.get(end - 1).stream().allMatch(String::isEmpty)) {
            end--;
        }
        return new ArrayList<>(rows.subList(0, end));
    }
}
