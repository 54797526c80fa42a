package vn.danvan.petition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something was done to a petition — received, accepted, forwarded, extended, concluded, an identity revealed — by
 * whom and when; ids and field names only, never the petitioners' data.
 */
public record PetitionChanged(UUID petitionId, UUID unitId, String action, List<String> changedFields, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "petition";
    }

    @Override
    public String entityId() {
        return petitionId.toString();
    }
}
