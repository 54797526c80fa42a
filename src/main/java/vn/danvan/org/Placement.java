package vn.danvan.org;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Where a unit sat in the tree during a span of time: under a parent (null for a root) from a date (null: since the
 * beginning) until a date, exclusive (null: still).
 */
@Table("org_unit_placement")
record Placement(UUID parentId, LocalDate validFrom, LocalDate validTo) {

    boolean isCurrent() {
        return validTo == null;
    }

    boolean covers(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || validTo.isAfter(date));
    }

    Placement endingOn(LocalDate date) {
        return new Placement(parentId, validFrom, date);
    }
}
