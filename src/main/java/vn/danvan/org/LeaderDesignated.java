package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A staff member became the unit's designated mobilisation leader from a date on.
 */
public record LeaderDesignated(UUID unitId, UUID staffId, LocalDate from, String actor, Instant occurredAt)
        implements UnitChange {

    @Override
    public String action() {
        return "leader-designated";
    }

    @Override
    public List<String> changedFields() {
        return List.of("leader");
    }
}
