package vn.danvan.document;

import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A change recorded against a document: the document is the audited entity, and the search index follows it.
 */
public interface DocumentChange extends AuditedChange {

    UUID documentId();

    @Override
    default String entityType() {
        return "document";
    }

    @Override
    default String entityId() {
        return documentId().toString();
    }
}
