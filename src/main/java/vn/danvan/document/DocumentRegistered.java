package vn.danvan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A document was registered at a unit (and any stub with its symbol merged into it).
 */
public record DocumentRegistered(UUID documentId, UUID unitId, String actor, Instant occurredAt) implements DocumentChange {

    @Override
    public String action() {
        return "document-registered";
    }

    @Override
    public List<String> changedFields() {
        return List.of("particulars", "text", "original");
    }
}
