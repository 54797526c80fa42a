package vn.danvan.identity;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.Role;

/**
 * A role held at a unit, covering the unit's subtree.
 */
@Table("account_role")
public record RoleGrant(Role role, UUID unitId) {
}
