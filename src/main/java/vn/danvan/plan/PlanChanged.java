package vn.danvan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something of a plan changed — drafted, described, a target or task added, edited or reported on, issued, closed,
 * reopened, cascaded — recorded in the audit trail by ids and field names only.
 */
public record PlanChanged(String entityType, String entityId, UUID unitId, String action, List<String> changedFields,
        String actor, Instant occurredAt) implements AuditedChange {

    public PlanChanged {
        changedFields = List.copyOf(changedFields);
    }
}
