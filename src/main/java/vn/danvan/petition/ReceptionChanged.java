package vn.danvan.petition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something was done to a reception session — planned, held or missed, a citizen logged, a visit registered as a
 * petition — by whom and when; never the citizens' identity.
 */
public record ReceptionChanged(UUID sessionId, UUID unitId, String action, List<String> changedFields, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "reception-session";
    }

    @Override
    public String entityId() {
        return sessionId.toString();
    }
}
