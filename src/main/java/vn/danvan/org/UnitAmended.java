package vn.danvan.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A unit's name, kind or issuer code changed.
 */
public record UnitAmended(UUID unitId, List<String> changedFields, String actor, Instant occurredAt)
        implements UnitChange {

    @Override
    public String action() {
        return "amended";
    }
}
