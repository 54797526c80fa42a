package vn.danvan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Units that merge into a successor on a date (N to 1); their open children may move to the successor.
 */
public record Merger(List<UUID> sourceIds, UUID targetId, LocalDate effectiveOn, boolean moveChildren) {

    public Merger {
        sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
    }
}
