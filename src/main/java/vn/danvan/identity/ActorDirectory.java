package vn.danvan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.danvan.org.OrgStructure;
import vn.danvan.shared.Actor;

/**
 * Builds the acting user from an account: its grants carry the current paths of their units, so scope checks follow
 * the tree as it is now.
 */
@Component
class ActorDirectory {

    private final Accounts accounts;
    private final OrgStructure org;

    ActorDirectory(Accounts accounts, OrgStructure org) {
        this.accounts = accounts;
        this.org = org;
    }

    Optional<Actor> actorFor(UUID accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled).map(this::actorFor);
    }

    Actor actorFor(Account account) {
        List<UUID> unitIds = account.roles().stream().map(RoleGrant::unitId).distinct().toList();
        Map<UUID, String> paths = org.pathsOf(unitIds);
        List<Actor.Grant> grants = new ArrayList<>();
        for (RoleGrant grant : account.roles()) {
            String path = paths.get(grant.unitId());
            if (path != null) {
                grants.add(new Actor.Grant(grant.role(), grant.unitId(), path));
            }
        }
        return new Actor(account.id(), account.username(), account.displayName(), account.unitId(), grants);
    }
}
