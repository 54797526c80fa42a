package vn.danvan.document.parsing;

/**
 * The content cannot be read as a document: empty, binary junk, a corrupt, encrypted or oversized archive. The message
 * is one line, fit to show to the person who supplied the file.
 */
public class UnreadableDocument extends RuntimeException {

    public UnreadableDocument(String message) {
        super(message);
    }

    public UnreadableDocument(String message, Throwable cause) {
        super(message, cause);
    }
}
