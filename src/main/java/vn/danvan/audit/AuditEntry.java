package vn.danvan.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One recorded change: who, when, at which unit, on which entity, what action, which fields.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, UUID unitId, String unitName, String entityType,
        String entityId, String action, List<String> changedFields) {
}
