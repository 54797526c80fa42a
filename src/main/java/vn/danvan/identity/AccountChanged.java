package vn.danvan.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something about an account changed: its roles, password, lock, details or tokens.
 */
public record AccountChanged(UUID accountId, UUID unitId, String action, List<String> changedFields, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "account";
    }

    @Override
    public String entityId() {
        return accountId.toString();
    }
}
