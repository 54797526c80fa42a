package vn.danvan.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit as other modules and pages see it: identity, names, kind, place in the tree and validity.
 */
public record UnitSummary(UUID id, String code, String name, String shortName, UnitKind kind, UUID parentId,
        String path, int level, LocalDate validFrom, LocalDate validTo, long version) {

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || validTo.isAfter(date));
    }

    public boolean isClosed() {
        return validTo != null;
    }
}
