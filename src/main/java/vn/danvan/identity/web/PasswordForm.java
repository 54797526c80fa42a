package vn.danvan.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * Changing one's own password: the current one, the new one twice.
 */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {
}
