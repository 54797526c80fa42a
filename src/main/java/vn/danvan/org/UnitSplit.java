package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit split into new units on a date and ceased to exist.
 */
public record UnitSplit(UUID sourceId, List<UUID> partIds, LocalDate effectiveOn, String actor, Instant occurredAt)
        implements UnitChange {

    @Override
    public UUID unitId() {
        return sourceId;
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
