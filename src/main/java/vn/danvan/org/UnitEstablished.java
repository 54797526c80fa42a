package vn.danvan.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A unit was established in the tree.
 */
public record UnitEstablished(UUID unitId, String code, String actor, Instant occurredAt) implements AuditedChange {

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
        return "established";
    }

    @Override
    public List<String> changedFields() {
        return List.of("code", "name", "shortName", "kind", "parent", "validity");
    }
}
