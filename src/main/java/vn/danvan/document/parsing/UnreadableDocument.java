package vn.danvan.document.parsing;

/**
 * The content cannot be read as a document: empty, binary junk, a corrupt, encrypted or oversized file, or a format
 * the parser does not read. The message is one line, fit to show to the person who supplied the file; the reason lets
 * a caller choose its own wording.
 */
public class UnreadableDocument extends RuntimeException {

    /** Why the content was refused. */
    public enum Reason {
        EMPTY, BINARY, CORRUPT, ENCRYPTED, TOO_LARGE, UNSUPPORTED, NO_TEXT
    }

    private final Reason reason;

    public UnreadableDocument(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
