package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published minutes of a dialogue as anyone may read them: what was asked and answered and what was promised,
 * without the names of the citizens who asked.
 */
public record PublicMinutes(UUID id, String unitName, String subject, String place, LocalDate heldOn, String chair,
        String minutes, List<Answer> answers, List<Promise> promises) {

    /** A question and its answer, without who asked. */
    public record Answer(String question, String answer) {
    }

    /** A commitment, its owner, due day and state. */
    public record Promise(String content, String ownerUnitName, LocalDate dueOn, String status, String confirmation) {
    }
}
