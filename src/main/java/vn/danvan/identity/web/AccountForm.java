package vn.danvan.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.danvan.shared.Role;

/**
 * Opening an account: who, at which unit, an initial password, and optionally a first role at that unit.
 */
record AccountForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) String email, @NotNull UUID unitId, @NotBlank String password, Role role) {
}
