package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit ceased to exist on a date without a successor.
 */
public record UnitDissolved(UUID unitId, LocalDate effectiveOn, String actor, Instant occurredAt) implements UnitChange {

    @Override
    public String action() {
        return "dissolved";
    }

    @Override
    public List<String> changedFields() {
        return List.of("validity");
    }
}
