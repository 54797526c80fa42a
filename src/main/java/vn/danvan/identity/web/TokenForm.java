package vn.danvan.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Naming a new API token so that it can be recognised later.
 */
record TokenForm(@NotBlank @Size(max = 100) String name) {
}
