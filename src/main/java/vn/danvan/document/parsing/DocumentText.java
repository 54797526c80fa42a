package vn.danvan.document.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.danvan.document.parsing.UnreadableDocument.Reason;

/**
 * The cleaned text of a document file, whatever its type: PDF, DOCX, a saved web page (without the page chrome) or
 * plain text in UTF-8, UTF-16 or Windows-1258. The type is sniffed from the bytes, never taken from the name.
 * NFC-normalised, one paragraph per line; the cells of a table row (and columns set apart by wide gaps) are separated
 * by " | " or two spaces, so a two-column header stays readable.
 */
public final class DocumentText {

    /** Larger inputs are refused before any work (the registry has its own, smaller, upload limit). */
    static final int MAX_BYTES = 100 * 1024 * 1024;
    private static final long MAX_UNZIPPED = 200L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int MAX_PDF_PAGES = 2_000;
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** Text read from a file, and whether it came from a saved web page. */
    record Extracted(String text, boolean webPage) {
    }

    private DocumentText() {
    }

    /** The cleaned text; throws {@link UnreadableDocument} for junk, corrupt, encrypted or oversized content. */
    public static String extract(byte[] content, String fileName) {
        return read(content, fileName).text();
    }

    /** The non-blank lines of a text, trimmed, in order. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            start = end + 1;
        }
        return lines;
    }

    static Extracted read(byte[] content, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName;
        if (content == null || content.length == 0) {
            throw new UnreadableDocument(Reason.EMPTY, name + ": empty file");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableDocument(Reason.TOO_LARGE, name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (startsWith(content, skipBlank(content), "%PDF-")) {
            return new Extracted(checked(clean(pdf(content, name)), name), false);
        }
        if (startsWith(content, 0, "PK\u0003\u0004")) {
            return new Extracted(checked(clean(docx(content, name)), name), false);
        }
        if ((content[0] & 0xFF) == 0xD0 && content.length > 8 && (content[1] & 0xFF) == 0xCF && (content[2] & 0xFF) == 0x11) {
            if (containsUtf16(content, "EncryptionInfo")) {
                throw new UnreadableDocument(Reason.ENCRYPTED, name + ": the document is protected by a password");
            }
            throw new UnreadableDocument(Reason.UNSUPPORTED, name + ": old Word/Excel format, save it as DOCX or PDF");
        }
        if (isKnownBinary(content)) {
            throw new UnreadableDocument(Reason.BINARY, name + ": not a document (image, archive or program)");
        }
        String text = decode(content, name);
        if (looksLikeHtml(text)) {
            return new Extracted(checked(clean(WebPageText.of(text)), name), true);
        }
        return new Extracted(checked(clean(text), name), false);
    }

    /**
     * NFC, "Ð" (U+00D0) as "Đ", odd spaces as spaces, invisible and control characters dropped, markdown emphasis
     * removed, "ngày22" as "ngày 22", trailing spaces and repeated blank lines removed. Runs of spaces shrink to two
     * (a column gap); single spaces stay.
     */
    public static String clean(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int length = text.length();
        StringBuilder out = new StringBuilder(length + 16);
        int blankLines = 0;
        int spaces = 0;
        boolean lineStart = true;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00D0' -> c = 'Đ';
                case '\u00F0' -> c = 'đ';
                case '\r' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    c = '\n';
                }
                case '\u2028', '\u2029', '\u000B', '\u000C' -> c = '\n';
                case '\t', '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
                        '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> c = c == '\t' ? '\t' : ' ';
                default -> {
                }
            }
            if (c == '\n') {
                spaces = 0;
                if (lineStart) {
                    blankLines++;
                    if (blankLines > 1 || out.length() == 0) {
                        continue;
                    }
                }
                trimTrailingSpaces(out);
                out.append('\n');
                lineStart = true;
                continue;
            }
            if (c == ' ' || c == '\t') {
                spaces += c == '\t' ? 2 : 1;
                continue;
            }
            if (dropped(c) || c == '*' && emphasis(text, i) || c == '\\' && i + 1 < length && "-*_.#()[]|".indexOf(text.charAt(i + 1)) >= 0) {
                continue;
            }
            if (spaces > 0 && !lineStart) {
                out.append(spaces > 1 ? "  " : " ");
            } else if (spaces == 0 && !lineStart && gluedNumber(out, c, text, i)) {
                out.append(' ');
            }
            spaces = 0;
            lineStart = false;
            blankLines = 0;
            out.append(c);
        }
        trimTrailingSpaces(out);
        while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private static boolean dropped(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == '\uFFFD'
                || c < 0x20 || c >= 0x7F && c < 0xA0;
    }

    /** A markdown emphasis star: touching text on either side, unlike the lone "*" under a Party issuer's name. */
    private static boolean emphasis(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before || after;
    }

    /** "ngày22", "tháng02", "năm2016", "số22" get a space before the digits; "22tháng" one before the word. */
    private static boolean gluedNumber(StringBuilder out, char c, String text, int i) {
        char previous = out.charAt(out.length() - 1);
        if (SymbolReader.isDigit(c) && Character.isLetter(previous)) {
            int start = out.length();
            while (start > 0 && out.length() - start < 5 && Character.isLetter(out.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && Character.isLetter(out.charAt(start - 1))) {
                return false;
            }
            String word = out.substring(start).toLowerCase(Locale.ROOT);
            return word.equals("ngày") || word.equals("tháng") || word.equals("năm") || word.equals("số");
        }
        if (Character.isLetter(c) && SymbolReader.isDigit(previous)) {
            return text.startsWith("tháng", i) || text.startsWith("năm", i);
        }
        return false;
    }

    private static void trimTrailingSpaces(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    private static String checked(String text, String name) {
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (visible == 0) {
            throw new UnreadableDocument(Reason.NO_TEXT, name + ": no text in the document");
        }
        if (letters * 3 < visible) {
            throw new UnreadableDocument(Reason.BINARY, name + ": the content is not readable text");
        }
        return text;
    }

    // --- plain text ---------------------------------------------------------------------------------------------

    private static String decode(byte[] content, String name) {
        int length = content.length;
        if (length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return strictOrJunk(content, 3, StandardCharsets.UTF_8, name);
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        int sample = Math.min(length, 8192) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (content[i] == 0) {
                if ((i & 1) == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (sample >= 4 && oddZeros > sample / 6 && evenZeros < sample / 40) {
            return new String(content, StandardCharsets.UTF_16LE);
        }
        if (sample >= 4 && evenZeros > sample / 6 && oddZeros < sample / 40) {
            return new String(content, StandardCharsets.UTF_16BE);
        }
        if (evenZeros + oddZeros > 0) {
            throw new UnreadableDocument(Reason.BINARY, name + ": not a text document (binary content)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1258);
        }
    }

    private static String strictOrJunk(byte[] content, int offset, Charset charset, String name) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocument(Reason.BINARY, name + ": the text is not valid UTF-8");
        }
    }

    private static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && i < 4096 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 2048)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html")
                || head.startsWith("<") && (head.contains("<body") || head.contains("<head") || head.contains("<div") || head.contains("<p>"));
    }

    private static boolean isKnownBinary(byte[] content) {
        return startsWith(content, 0, "\u0089PNG") || startsWith(content, 0, "GIF8") || startsWith(content, 0, "\u00FF\u00D8\u00FF")
                || startsWith(content, 0, "Rar!") || startsWith(content, 0, "7z\u00BC\u00AF") || startsWith(content, 0, "\u001F\u008B")
                || startsWith(content, 0, "\u007FELF") || startsWith(content, 0, "MZ") && content.length > 64 && hasZeroIn(content, 64)
                || startsWith(content, 0, "{\\rtf");
    }

    private static boolean hasZeroIn(byte[] content, int limit) {
        for (int i = 0; i < limit; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlank(byte[] content) {
        int i = 0;
        while (i < content.length && i < 1024 && (content[i] == ' ' || content[i] == '\n' || content[i] == '\r' || content[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] content, int offset, String magic) {
        if (content.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((content[offset + i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsUtf16(byte[] content, String word) {
        outer:
        for (int i = 0; i + word.length() * 2 <= content.length; i++) {
            for (int j = 0; j < word.length(); j++) {
                if (content[i + 2 * j] != word.charAt(j) || content[i + 2 * j + 1] != 0) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    // --- DOCX ---------------------------------------------------------------------------------------------------

    private static String docx(byte[] content, String name) {
        checkZip(content, name);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder(content.length);
            for (IBodyElement element : document.getBodyElements()) {
                body(element, out);
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument(Reason.CORRUPT, name + ": not a readable DOCX document");
        }
    }

    private static void body(IBodyElement element, StringBuilder out) {
        if (element instanceof XWPFParagraph paragraph) {
            out.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<List<String>> cells = new ArrayList<>();
                int height = 0;
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder text = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        body(inner, text);
                    }
                    List<String> lines = text.toString().lines().filter(line -> !line.isBlank()).toList();
                    cells.add(lines);
                    height = Math.max(height, lines.size());
                }
                for (int line = 0; line < height; line++) {
                    StringBuilder joined = new StringBuilder();
                    for (List<String> cell : cells) {
                        if (!joined.isEmpty()) {
                            joined.append(" | ");
                        }
                        joined.append(line < cell.size() ? cell.get(line) : "");
                    }
                    out.append(joined.toString().replaceAll("(\\s*\\|\\s*)+$", "")).append('\n');
                }
                out.append('\n');
            }
        } else if (element instanceof XWPFSDT sdt) {
            out.append(sdt.getContent().getText()).append('\n');
        }
    }

    /** Walks the archive before POI does: too many entries or too much inflated data is a zip bomb. */
    private static void checkZip(byte[] content, String name) {
        long total = 0;
        int entries = 0;
        boolean word = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new UnreadableDocument(Reason.TOO_LARGE, name + ": too many parts in the archive (zip bomb?)");
                }
                word |= entry.getName().equals("word/document.xml");
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNZIPPED || total > 1_000_000 && total > 100L * content.length) {
                        throw new UnreadableDocument(Reason.TOO_LARGE, name + ": the archive inflates far beyond its size (zip bomb?)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocument(Reason.CORRUPT, name + ": damaged archive");
        }
        if (!endsWithCentralDirectory(content)) {
            throw new UnreadableDocument(Reason.CORRUPT, name + ": incomplete archive (cut short?)");
        }
        if (!word) {
            throw new UnreadableDocument(Reason.UNSUPPORTED, name + ": an archive but not a Word (DOCX) document");
        }
    }

    /** A whole archive ends with its directory record ("PK" 5 6) within the last 64 KB; a truncated one does not. */
    private static boolean endsWithCentralDirectory(byte[] content) {
        for (int i = content.length - 22; i >= 0 && i >= content.length - 22 - 65_535; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    // --- PDF ----------------------------------------------------------------------------------------------------

    private static String pdf(byte[] content, String name) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() > MAX_PDF_PAGES) {
                throw new UnreadableDocument(Reason.TOO_LARGE, name + ": more than " + MAX_PDF_PAGES + " pages");
            }
            String text = new ColumnStripper().getText(document);
            if (text.isBlank()) {
                throw new UnreadableDocument(Reason.NO_TEXT, name + ": the PDF has no text layer (a scan?)");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(Reason.ENCRYPTED, name + ": the PDF is protected by a password");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocument unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocument(Reason.CORRUPT, name + ": not a readable PDF");
        }
    }

    /** Sorts text by position and keeps a wide gap on a line as a column gap (two spaces). */
    private static final class ColumnStripper extends PDFTextStripper {

        private float lastEnd = -1;
        private float lastY = Float.NaN;

        ColumnStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float space = Math.max(first.getWidthOfSpace(), 1f);
                if (Math.abs(first.getYDirAdj() - lastY) < first.getHeightDir() / 2 && first.getXDirAdj() - lastEnd > 4 * space) {
                    super.writeString("  ");
                }
                TextPosition last = positions.get(positions.size() - 1);
                lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
                lastY = last.getYDirAdj();
            }
            super.writeString(text, positions);
        }
    }

}
