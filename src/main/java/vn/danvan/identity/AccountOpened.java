package vn.danvan.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * An account was opened at a unit.
 */
public record AccountOpened(UUID accountId, UUID unitId, String actor, Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "account";
    }

    @Override
    public String entityId() {
        return accountId.toString();
    }

    @Override
    public String action() {
        return "opened";
    }

    @Override
    public List<String> changedFields() {
        return List.of("username", "displayName", "email", "unit", "password");
    }
}
