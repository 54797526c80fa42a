package vn.danvan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The document as Word (Apache POI): Times New Roman 14 (13 in tables and the header), A4, margins 20/20/30/15 mm.
 */
final class DocxLayout implements ReportLayout {

    private static final String FONT = "Times New Roman";
    private static final int MM = 57; // twentieths of a point per millimetre, near enough for margins

    private final XWPFDocument doc = new XWPFDocument();

    DocxLayout() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * MM));
        margins.setBottom(BigInteger.valueOf(20L * MM));
        margins.setLeft(BigInteger.valueOf(30L * MM));
        margins.setRight(BigInteger.valueOf(15L * MM));
    }

    @Override
    public void header(String body, String issuer, String number, String nation, String motto, String placeAndDate) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        XWPFParagraph first = left.getParagraphs().get(0);
        first.setAlignment(ParagraphAlignment.CENTER);
        if (body != null) {
            run(first, 13, false, false, body);
            first = left.addParagraph();
            first.setAlignment(ParagraphAlignment.CENTER);
        }
        run(first, 13, true, false, issuer);
        XWPFParagraph numberLine = left.addParagraph();
        numberLine.setAlignment(ParagraphAlignment.CENTER);
        run(numberLine, 13, false, false, number);
        XWPFParagraph nationLine = right.getParagraphs().get(0);
        nationLine.setAlignment(ParagraphAlignment.CENTER);
        run(nationLine, 13, true, false, nation);
        XWPFParagraph mottoLine = right.addParagraph();
        mottoLine.setAlignment(ParagraphAlignment.CENTER);
        run(mottoLine, 14, true, false, motto);
        XWPFParagraph place = right.addParagraph();
        place.setAlignment(ParagraphAlignment.CENTER);
        run(place, 14, false, true, placeAndDate);
        doc.createParagraph().setSpacingAfter(120);
    }

    @Override
    public void centered(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, 14, bold, false, text);
    }

    @Override
    public void heading(String text) {
        XWPFParagraph p = justified();
        p.setSpacingBefore(120);
        run(p, 14, true, false, text);
    }

    @Override
    public void body(String text) {
        run(justified(), 14, false, false, text);
    }

    @Override
    public void passage(String unit, String text) {
        XWPFParagraph p = justified();
        run(p, 14, true, false, "- " + unit + ": ");
        run(p, 14, false, false, text);
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = doc.createTable(1, headers.size());
        table.setWidth("100%");
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0).getCell(c), headers.get(c), true);
        }
        for (List<String> values : rows) {
            var row = table.createRow();
            for (int c = 0; c < values.size(); c++) {
                cell(row.getCell(c), values.get(c), false);
            }
        }
        doc.createParagraph();
    }

    @Override
    public void signature(String recipientsTitle, List<String> recipients, String position, String signer) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), 12, true, true, recipientsTitle);
        for (String line : recipients) {
            run(left.addParagraph(), 11, false, false, line);
        }
        XWPFParagraph title = right.getParagraphs().get(0);
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, 14, true, false, position);
        XWPFParagraph sign = right.addParagraph();
        sign.setAlignment(ParagraphAlignment.CENTER);
        sign.setSpacingBefore(1400);
        run(sign, 14, true, false, signer);
    }

    @Override
    public byte[] finish() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private XWPFParagraph justified() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(567);
        p.setSpacingAfter(60);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().get(0), 13, bold, false, text);
    }

    private static void run(XWPFParagraph p, int size, boolean bold, boolean italic, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
    }
}
