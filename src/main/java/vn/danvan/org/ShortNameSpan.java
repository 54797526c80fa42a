package vn.danvan.org;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The issuer code a unit used in document symbols during a span of time.
 */
@Table("org_unit_short_name")
record ShortNameSpan(String shortName, LocalDate validFrom, LocalDate validTo) {

    boolean isCurrent() {
        return validTo == null;
    }

    boolean covers(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || validTo.isAfter(date));
    }

    ShortNameSpan endingOn(LocalDate date) {
        return new ShortNameSpan(shortName, validFrom, date);
    }
}
