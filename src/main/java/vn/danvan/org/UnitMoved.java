package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A unit moved under another parent from a date on, its whole subtree with it.
 */
public record UnitMoved(UUID unitId, UUID fromParentId, UUID toParentId, LocalDate effectiveOn, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "org-unit";
    }

    @Override
    public String entityId() {
        return unitId.toString();
    }

    @Override
    public String action() {
        return "moved";
    }

    @Override
    public List<String> changedFields() {
        return List.of("parent");
    }
}
