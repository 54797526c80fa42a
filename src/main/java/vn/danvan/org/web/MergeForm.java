package vn.danvan.org.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Merging units into the unit whose page this is, on a date.
 */
record MergeForm(@NotEmpty List<UUID> sourceIds, @NotNull LocalDate effectiveOn, boolean moveChildren) {
}
