package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit moved under another parent from a date on, its whole subtree with it.
 */
public record UnitMoved(UUID unitId, UUID fromParentId, UUID toParentId, LocalDate effectiveOn, String actor,
        Instant occurredAt) implements UnitChange {

    @Override
    public String action() {
        return "moved";
    }

    @Override
    public List<String> changedFields() {
        return List.of("parent");
    }
}
