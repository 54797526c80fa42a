package vn.danvan.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in person acting on the system: their account, home unit and role grants, each covering a subtree
 * given by the granted unit's materialised path.
 */
public record Actor(UUID accountId, String username, String displayName, UUID unitId, List<Grant> grants)
        implements Serializable {

    /** One role held at one unit, with that unit's path so that coverage is a prefix test. */
    public record Grant(Role role, UUID unitId, String unitPath) implements Serializable {

        public boolean covers(String path) {
            return path != null && path.startsWith(unitPath);
        }
    }

    public Actor {
        grants = List.copyOf(grants);
    }

    /** The system itself, acting for start-up tasks such as the first administrator and demo data. */
    public static Actor system() {
        return new Actor(null, "system", "Danvan", null, List.of(new Grant(Role.SYSTEM_ADMIN, null, "/")));
    }

    public boolean isSystemAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
    }

    /** Whether the actor holds any of the roles somewhere (system administrators hold every role). */
    public boolean holds(Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return isSystemAdmin() || grants.stream().anyMatch(g -> wanted.contains(g.role()));
    }

    /** Whether any grant covers the unit at this path: the actor may read what belongs to it. */
    public boolean sees(String unitPath) {
        return isSystemAdmin() || grants.stream().anyMatch(g -> g.covers(unitPath));
    }

    /** Whether a grant of one of the roles covers the unit at this path. */
    public boolean may(String unitPath, Role... roles) {
        if (isSystemAdmin()) {
            return true;
        }
        List<Role> wanted = Arrays.asList(roles);
        return grants.stream().anyMatch(g -> wanted.contains(g.role()) && g.covers(unitPath));
    }

    /** Fails with {@link AccessDenied} unless a grant of one of the roles covers the unit. */
    public void require(String unitPath, Role... roles) {
        if (!may(unitPath, roles)) {
            throw new AccessDenied();
        }
    }

    /** Everything the actor may read. */
    public Scope scope() {
        return isSystemAdmin() ? Scope.everything() : Scope.of(grants.stream().map(Grant::unitPath).toList());
    }

    /** What the actor may act on with one of the roles. */
    public Scope scope(Role... roles) {
        if (isSystemAdmin()) {
            return Scope.everything();
        }
        List<Role> wanted = Arrays.asList(roles);
        return Scope.of(grants.stream().filter(g -> wanted.contains(g.role())).map(Grant::unitPath).toList());
    }
}
