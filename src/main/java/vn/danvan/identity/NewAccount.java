package vn.danvan.identity;

import java.util.List;
import java.util.UUID;

/**
 * What it takes to open an account: who, at which unit, an initial password and the roles to grant.
 */
public record NewAccount(String username, String displayName, String email, UUID unitId, String password,
        List<RoleGrant> roles) {

    public NewAccount {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
