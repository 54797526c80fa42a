package vn.danvan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The particulars of a registered document were corrected.
 */
public record DocumentAmended(UUID documentId, UUID unitId, List<String> changedFields, String actor, Instant occurredAt)
        implements DocumentChange {

    public DocumentAmended {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String action() {
        return "document-amended";
    }
}
