package vn.danvan.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signed outgoing document received its number from its series and was issued.
 */
public record DocumentNumberIssued(UUID documentId, UUID unitId, String actor, Instant occurredAt) implements DocumentChange {

    @Override
    public String action() {
        return "document-number-issued";
    }

    @Override
    public List<String> changedFields() {
        return List.of("number", "symbol", "issuedOn", "status");
    }
}
