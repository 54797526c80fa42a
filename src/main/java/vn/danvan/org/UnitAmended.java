package vn.danvan.org;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * A unit's name, kind or issuer code changed.
 */
public record UnitAmended(UUID unitId, List<String> changedFields, String actor, Instant occurredAt)
        implements AuditedChange {

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
        return "amended";
    }
}
