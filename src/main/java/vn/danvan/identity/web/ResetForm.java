package vn.danvan.identity.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password set by an administrator, to be changed at next sign-in.
 */
record ResetForm(@NotBlank String newPassword) {
}
