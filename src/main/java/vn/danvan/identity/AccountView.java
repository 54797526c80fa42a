package vn.danvan.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.Role;

/**
 * An account as administrators see it: never its password hash.
 */
public record AccountView(UUID id, String username, String displayName, String email, UUID unitId, String unitName,
        boolean enabled, Instant lockedUntil, boolean mustChangePassword, Instant createdAt, List<Grant> roles,
        long version) {

    /** A role held at a unit, with the unit's name. */
    public record Grant(Role role, UUID unitId, String unitName) {
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
