package vn.danvan.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A staff member joined a unit, changed details, was linked to an account, or left.
 */
public record StaffChanged(UUID unitId, UUID staffId, String action, List<String> changedFields, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "staff";
    }

    @Override
    public String entityId() {
        return staffId.toString();
    }
}
