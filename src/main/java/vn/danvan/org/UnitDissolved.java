package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A unit ceased to exist on a date without a successor.
 */
public record UnitDissolved(UUID unitId, LocalDate effectiveOn, String actor, Instant occurredAt) implements AuditedChange {

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
        return "dissolved";
    }

    @Override
    public List<String> changedFields() {
        return List.of("validity");
    }
}
