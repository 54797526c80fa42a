package vn.danvan.document.parsing;

import java.util.List;

/**
 * The cleaned text of a document file, whatever its type: PDF, DOCX, a saved web page (without the page chrome) or
 * plain text in UTF-8, UTF-16 or Windows-1258. NFC-normalised, one paragraph or table row per line.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The cleaned text; throws {@link UnreadableDocument} for junk, corrupt, encrypted or oversized content. */
    public static String extract(byte[] content, String fileName) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The non-blank lines of a text, trimmed. */
    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
