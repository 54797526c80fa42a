package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A span during which a staff member was the unit's designated mobilisation leader (cán bộ phụ trách công tác dân vận).
 */
@Table("org_unit_leader")
record LeaderTerm(UUID staffId, LocalDate validFrom, LocalDate validTo, String designatedBy, Instant designatedAt) {

    boolean isCurrent() {
        return validTo == null;
    }

    boolean covers(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    LeaderTerm endingOn(LocalDate date) {
        return new LeaderTerm(staffId, validFrom, date, designatedBy, designatedAt);
    }
}
