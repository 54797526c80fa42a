package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A unit split into new units on a date and ceased to exist.
 */
public record UnitSplit(UUID sourceId, List<UUID> partIds, LocalDate effectiveOn, String actor, Instant occurredAt)
        implements AuditedChange {

    @Override
    public UUID unitId() {
        return sourceId;
    }

    @Override
    public String entityType() {
        return "org-unit";
    }

    @Override
    public String entityId() {
        return sourceId.toString();
    }

    @Override
    public String action() {
        return "split";
    }

    @Override
    public List<String> changedFields() {
        return List.of("validity", "successors");
    }
}
