package vn.danvan.org;

import java.time.LocalDate;

/**
 * A change of a unit's name, kind or issuer code (from a date on), made against the version that was read.
 */
public record UnitAmendment(String name, UnitKind kind, String shortName, LocalDate shortNameFrom, Long version) {
}
