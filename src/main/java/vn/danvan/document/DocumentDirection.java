package vn.danvan.document;

/**
 * Which way a document passes through the unit's clerical office (văn bản đến, văn bản đi) or whether it is only kept
 * for reference.
 */
public enum DocumentDirection {
    INCOMING, OUTGOING, REFERENCE;

    public String messageKey() {
        return "document.direction." + name();
    }
}
