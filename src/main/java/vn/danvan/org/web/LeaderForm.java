package vn.danvan.org.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Designating a unit's mobilisation leader from a date on.
 */
record LeaderForm(@NotNull UUID staffId, @NotNull LocalDate from) {
}
