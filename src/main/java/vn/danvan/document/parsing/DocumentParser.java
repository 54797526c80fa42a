package vn.danvan.document.parsing;

/**
 * Parses a Vietnamese document: sniffs the type from the bytes (PDF, DOCX, HTML, else text), cleans the text and finds
 * the document's particulars and the documents it cites. Thread-safe; one instance may serve everyone.
 */
public final class DocumentParser {

    /** Reads and parses a file; the name only helps with reporting, the type comes from the bytes. */
    public ParsedDocument parse(byte[] content, String fileName) {
        return parseText(DocumentText.extract(content, fileName));
    }

    /** Parses text already read (pasted, or extracted by {@link DocumentText}). */
    public ParsedDocument parseText(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
