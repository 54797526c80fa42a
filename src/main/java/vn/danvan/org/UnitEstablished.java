package vn.danvan.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A unit was established in the tree.
 */
public record UnitEstablished(UUID unitId, String code, String actor, Instant occurredAt) implements UnitChange {

    @Override
    public String action() {
        return "established";
    }

    @Override
    public List<String> changedFields() {
        return List.of("code", "name", "shortName", "kind", "parent", "validity");
    }
}
