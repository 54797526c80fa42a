package vn.danvan.document.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

import vn.danvan.document.parsing.UnreadableDocument.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTextTests {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void readsUtf8Utf16AndWindows1258Text() {
        String text = "Số: 12/KH-UBND\nĐồng Nai, ngày 06 tháng 01 năm 2016\nKẾ HOẠCH\nCông tác dân vận\n";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16Bom = new byte[utf16.length];
        System.arraycopy(utf16, 0, utf16Bom, 0, utf16.length);
        byte[] windows1258 = tonesApart(text).getBytes(Charset.forName("windows-1258"));

        for (byte[] content : new byte[][] {text.getBytes(StandardCharsets.UTF_8), utf16Bom, text.getBytes(StandardCharsets.UTF_16BE),
                windows1258}) {
            ParsedDocument parsed = parser.parse(content, "plan.txt");
            assertThat(parsed.document().symbol()).isEqualTo("12/KH-UBND");
            assertThat(parsed.document().place()).isEqualTo("Đồng Nai");
            assertThat(parsed.document().typeName()).isEqualTo("Kế hoạch");
        }
    }

    /** How Windows-1258 writes Vietnamese: letters with their hat or horn, the tone as a combining mark after them. */
    private static String tonesApart(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char part : decomposed.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(part) >= 0 ? tone : base).append(part);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString();
    }

    @Test
    void cleansInvisibleCharactersOddSpacesAndGluedNumbers() {
        String cleaned = DocumentText.clean("Ngày\u00A0ngày22 tháng02 năm2016\u200B, Q\u00D0\r\n\r\n\r\n\r\nhết   cột\t\tcột  ");

        assertThat(cleaned).isEqualTo("Ngày ngày 22 tháng 02 năm 2016, QĐ\n\nhết  cột  cột");
    }

    @Test
    void aSavedWebPageLosesItsChrome() {
        String html = """
                <!DOCTYPE html><html><head><title>Cổng thông tin</title><script>var symbol = '99/QĐ-XX';</script>
                <style>.x{}</style></head><body>
                <nav><a>Trang chủ</a><a>Liên hệ</a></nav><div class="main-menu">Tin tức | 88/KH-MENU</div>
                <article>
                <table><tr><td><p>UBND TỈNH ĐỒNG NAI</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr>
                <tr><td>Số: 15/KH-UBND</td><td>Đồng Nai, ngày 06 tháng 01 năm 2016</td></tr></table>
                <h2>KẾ HOẠCH</h2><p>Triển khai công tác dân vận năm 2016</p>
                <p>Căn cứ Chương trình số 06-CTr/TU ngày 06/01/2016 của Tỉnh ủy;</p>
                <ul><li>Nội dung một</li></ul>
                </article>
                <footer>Bản quyền © 2024 — 77/TB-FOOTER</footer><div id="sidebar">Tin liên quan 66/TB-SIDE</div>
                </body></html>
                """;

        ParsedDocument parsed = parser.parse(html.getBytes(StandardCharsets.UTF_8), "page.html");

        assertThat(parsed.kind()).isEqualTo("webpage");
        assertThat(parsed.text()).doesNotContain("var symbol", "Trang chủ", "MENU", "FOOTER", "SIDE", ".x{}");
        assertThat(parsed.text()).contains("UBND TỈNH ĐỒNG NAI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "- Nội dung một");
        assertThat(parsed.document().symbol()).isEqualTo("15/KH-UBND");
        assertThat(parsed.document().title()).isEqualTo("Triển khai công tác dân vận năm 2016");
        assertThat(parsed.citations()).extracting(Citation::symbol).containsExactly("06-CTr/TU");
    }

    @Test
    void readsADocxWithItsHeaderTable() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable header = document.createTable(1, 2);
            fill(header.getRow(0).getCell(0), "UBND TỈNH ĐỒNG NAI", "SỞ NỘI VỤ", "Số: 15/KH-SNV");
            fill(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Đồng Nai, ngày 06 tháng 01 năm 2016");
            document.createParagraph().createRun().setText("KẾ HOẠCH");
            document.createParagraph().createRun().setText("Công tác dân vận năm 2016");
            document.createParagraph().createRun().setText("Căn cứ Kế hoạch số 164-KH/TU ngày 09/01/2014 của Tỉnh ủy;");
            document.write(out);
            docx = out.toByteArray();
        }

        ParsedDocument parsed = parser.parse(docx, "plan.docx");

        assertThat(parsed.document().symbol()).isEqualTo("15/KH-SNV");
        assertThat(parsed.document().issuer()).isEqualTo("Sở Nội vụ");
        assertThat(parsed.document().place()).isEqualTo("Đồng Nai");
        assertThat(parsed.document().title()).isEqualTo("Công tác dân vận năm 2016");
        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::relation)
                .containsExactly(org.assertj.core.api.Assertions.tuple("164-KH/TU", CitationRelation.BASED_ON));
    }

    private static void fill(XWPFTableCell cell, String... lines) {
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    @Test
    void readsThePdfTextLayer() throws IOException {
        byte[] pdf = pdf(null, "So: 12/KH-UBND", "Can cu Quyet dinh so 06/2024/QD-UBND ngay 06/01/2024 cua UBND tinh");

        ParsedDocument parsed = parser.parse(pdf, "plan.pdf");

        assertThat(parsed.text()).contains("Can cu Quyet dinh");
        assertThat(parsed.citations()).extracting(Citation::symbol, Citation::issuedOn)
                .containsExactly(org.assertj.core.api.Assertions.tuple("06/2024/QD-UBND", java.time.LocalDate.of(2024, 1, 6)));
    }

    @Test
    void refusesAPasswordProtectedPdf() throws IOException {
        byte[] pdf = pdf("secret", "So: 12/KH-UBND");

        assertUnreadable(pdf, Reason.ENCRYPTED);
    }

    private static byte[] pdf(String password, String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(50, 700);
                for (String line : lines) {
                    stream.showText(line);
                    stream.newLineAtOffset(0, -20);
                }
                stream.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void refusesEmptyJunkImagesAndOldFormats() {
        assertUnreadable(new byte[0], Reason.EMPTY);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertUnreadable(junk, Reason.BINARY);
        assertUnreadable(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, Reason.BINARY);
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole2, 0, 8);
        assertUnreadable(ole2, Reason.UNSUPPORTED);
        assertUnreadable("12345 67890 !!! ### 2024".getBytes(StandardCharsets.UTF_8), Reason.BINARY);
    }

    @Test
    void refusesACorruptDocxAZipThatIsNotWordAndAZipBomb() throws IOException {
        byte[] corrupt = "PK\u0003\u0004 this is not really an archive".getBytes(StandardCharsets.ISO_8859_1);
        assertUnreadable(corrupt, Reason.CORRUPT);
        assertUnreadable(zip("notes.txt", 10), Reason.UNSUPPORTED);
        assertUnreadable(zip("word/document.xml", 50 * 1024 * 1024), Reason.TOO_LARGE);
    }

    private static byte[] zip(String entry, int zeros) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] block = new byte[1024 * 1024];
            for (int written = 0; written < zeros; written += block.length) {
                zip.write(block, 0, Math.min(block.length, zeros - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private void assertUnreadable(byte[] content, Reason reason) {
        assertThatThrownBy(() -> parser.parse(content, "file.bin")).isInstanceOfSatisfying(UnreadableDocument.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith("file.bin: ").doesNotContain("\n");
        });
    }

    @Test
    void linesAreTheNonBlankTrimmedLines() {
        assertThat(DocumentText.lines(" một \n\n hai\n  \nba")).containsExactly("một", "hai", "ba");
    }
}
