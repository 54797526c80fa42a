package vn.danvan.petition;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing that happened to a case: a decision with the deadline it answered, an extension with its reason and
 * decision document, a verification step, a follow-up. Notes never carry the petitioners' identity.
 */
@Table("petition_history")
public record HistoryEntry(String action, LocalDate onDate, Instant recordedAt, String actor, String note, LocalDate dueOn,
        String documentNumber, LocalDate documentDate) {
}
