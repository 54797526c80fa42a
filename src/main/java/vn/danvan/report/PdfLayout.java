package vn.danvan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The document as PDF (PDFBox): A4, margins 20/20/30/15 mm, a serif font carrying every Vietnamese letter (DejaVu
 * Serif, embedded; Times New Roman may not be shipped), 14 pt text, 12–13 pt header (DejaVu runs wider than Times, so
 * the national name is set smaller to stay on one line) and tables (smaller for wide tables).
 */
final class PdfLayout implements ReportLayout {

    private static final float MM = 72f / 25.4f;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;
    private static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT;

    private enum Align { LEFT, CENTER }

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private PDPageContentStream page;
    private float y;

    PdfLayout() {
        regular = font("DejaVuSerif.ttf");
        bold = font("DejaVuSerif-Bold.ttf");
        italic = font("DejaVuSerif-Italic.ttf");
        newPage();
    }

    private PDFont font(String name) {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/fonts/" + name)) {
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(String body, String issuer, String number, String nation, String motto, String placeAndDate) {
        float top = y;
        float leftWidth = WIDTH * 0.4f;
        if (body != null) {
            lines(body, regular, 12, LEFT, leftWidth, Align.CENTER, 0);
        }
        lines(issuer, bold, 12, LEFT, leftWidth, Align.CENTER, 0);
        rule(LEFT + leftWidth / 2 - 25, 50);
        y -= 6;
        lines(number, regular, 12, LEFT, leftWidth, Align.CENTER, 0);
        float leftEnd = y;
        y = top;
        float x = LEFT + leftWidth;
        lines(nation, bold, 10.5f, x, WIDTH - leftWidth, Align.CENTER, 0);
        lines(motto, bold, 13, x, WIDTH - leftWidth, Align.CENTER, 0);
        rule(x + (WIDTH - leftWidth) / 2 - 75, 150);
        y -= 8;
        lines(placeAndDate, italic, 13, x, WIDTH - leftWidth, Align.CENTER, 0);
        y = Math.min(y, leftEnd) - 12;
    }

    @Override
    public void centered(String text, boolean strong) {
        lines(text, strong ? bold : regular, 14, LEFT, WIDTH, Align.CENTER, 0);
    }

    @Override
    public void heading(String text) {
        y -= 6;
        lines(text, bold, 14, LEFT, WIDTH, Align.LEFT, 28);
    }

    @Override
    public void body(String text) {
        lines(text, regular, 14, LEFT, WIDTH, Align.LEFT, 28);
        y -= 3;
    }

    @Override
    public void passage(String unit, String text) {
        lines("- " + unit + ":", bold, 14, LEFT, WIDTH, Align.LEFT, 28);
        lines(text, regular, 14, LEFT, WIDTH, Align.LEFT, 28);
        y -= 3;
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        float size = headers.size() > 6 ? 9 : 12;
        float[] widths = columnWidths(headers, rows);
        row(headers, widths, bold, size);
        for (List<String> values : rows) {
            row(values, widths, regular, size);
        }
        y -= 10;
    }

    @Override
    public void signature(String recipientsTitle, List<String> recipients, String position, String signer) {
        y -= 12;
        ensure(140);
        float top = y;
        float half = WIDTH / 2;
        lines(recipientsTitle, italic, 12, LEFT, half, Align.LEFT, 0);
        for (String line : recipients) {
            lines(line, regular, 11, LEFT, half, Align.LEFT, 0);
        }
        float leftEnd = y;
        y = top;
        lines(position, bold, 13, LEFT + half, half, Align.CENTER, 0);
        y -= 70;
        lines(signer, bold, 13, LEFT + half, half, Align.CENTER, 0);
        y = Math.min(y, leftEnd);
    }

    @Override
    public byte[] finish() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column widths from the longest word and the longest text of each column, filling the text width. */
    private float[] columnWidths(List<String> headers, List<List<String>> rows) {
        float[] want = new float[headers.size()];
        for (int c = 0; c < want.length; c++) {
            int longest = headers.get(c).length();
            for (List<String> row : rows) {
                longest = Math.max(longest, c < row.size() && row.get(c) != null ? row.get(c).length() : 0);
            }
            want[c] = Math.min(Math.max(longest, 5), 40);
        }
        float total = 0;
        for (float w : want) {
            total += w;
        }
        for (int c = 0; c < want.length; c++) {
            want[c] = WIDTH * want[c] / total;
        }
        return want;
    }

    private void row(List<String> values, float[] widths, PDFont font, float size) {
        float leading = size * 1.25f;
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> wrapped = wrap(c < values.size() && values.get(c) != null ? values.get(c) : "", font, size, widths[c] - 6, 0);
            cells.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        float rowHeight = height * leading + 6;
        ensure(rowHeight);
        try {
            float x = LEFT;
            for (int c = 0; c < widths.length; c++) {
                page.addRect(x, y - rowHeight, widths[c], rowHeight);
                float lineY = y - 3 - size;
                for (String line : cells.get(c)) {
                    text(line, font, size, x + 3, lineY);
                    lineY -= leading;
                }
                x += widths[c];
            }
            page.setLineWidth(0.5f);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= rowHeight;
    }

    private void lines(String text, PDFont font, float size, float x, float width, Align align, float indent) {
        float leading = size * 1.3f;
        boolean first = true;
        for (String line : wrap(text == null ? "" : text, font, size, width, indent)) {
            ensure(leading);
            y -= leading;
            float lineX = x + (first ? indent : 0);
            if (align == Align.CENTER) {
                lineX = x + (width - width(line, font, size)) / 2;
            }
            text(line, font, size, lineX, y + size * 0.25f);
            first = false;
        }
    }

    private List<String> wrap(String text, PDFont font, float size, float width, float indent) {
        List<String> result = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                float limit = result.isEmpty() ? width - indent : width;
                if (!line.isEmpty() && width(candidate, font, size) > limit) {
                    result.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            result.add(line.toString());
        }
        return result;
    }

    private static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String line, PDFont font, float size, float x, float baseline) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(line);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float x, float length) {
        try {
            page.moveTo(x, y - 3);
            page.lineTo(x + length, y - 3);
            page.setLineWidth(0.6f);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage next = new PDPage(PDRectangle.A4);
        doc.addPage(next);
        try {
            page = new PDPageContentStream(doc, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - TOP;
    }
}
