package vn.danvan.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import vn.danvan.shared.Role;

/**
 * Granting a role at a unit.
 */
record GrantForm(@NotNull Role role, @NotNull UUID unitId) {
}
