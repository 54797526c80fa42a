package vn.danvan.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A change that only needs the date it takes effect.
 */
record DateForm(@NotNull LocalDate effectiveOn) {
}
