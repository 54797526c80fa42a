package vn.danvan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A relation between two documents (guides, amends, replaces, corrects) was added by hand.
 */
public record DocumentsLinked(UUID documentId, UUID unitId, UUID targetId, DocumentRelation relation, String actor,
        Instant occurredAt) implements DocumentChange {

    @Override
    public String action() {
        return "document-linked";
    }

    @Override
    public List<String> changedFields() {
        return List.of("relation");
    }
}
