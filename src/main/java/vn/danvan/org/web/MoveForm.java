package vn.danvan.org.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Moving a unit under another parent from a date on.
 */
record MoveForm(@NotNull UUID parentId, @NotNull LocalDate effectiveOn) {
}
