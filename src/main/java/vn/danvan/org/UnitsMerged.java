package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Units merged into a successor on a date; records of the merged units now belong to the successor.
 */
public record UnitsMerged(UUID targetId, List<UUID> sourceIds, LocalDate effectiveOn, String actor, Instant occurredAt)
        implements UnitChange {

    @Override
    public UUID unitId() {
        return targetId;
    }

    @Override
    public String action() {
        return "merged";
    }

    @Override
    public List<String> changedFields() {
        return List.of("predecessors");
    }
}
