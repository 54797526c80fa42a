package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;

/**
 * A petition as anyone holding its tracking code may see it: where it is and what happened when — no names, no
 * content, nothing personal.
 */
public record PublicStatus(String code, String unitName, PetitionKind kind, PetitionStatus status, LocalDate receivedOn,
        LocalDate dueOn, LocalDate closedOn, List<Step> steps) {

    /** One step of the history: what was done, and on which day. */
    public record Step(String action, LocalDate onDate) {
    }
}
