package vn.danvan.document;

/**
 * Where a document stands: a stub known only from citations, registered, or (outgoing) drafted and then issued with a
 * number.
 */
public enum DocumentStatus {
    STUB, REGISTERED, DRAFT, ISSUED;

    public String messageKey() {
        return "document.status." + name();
    }
}
