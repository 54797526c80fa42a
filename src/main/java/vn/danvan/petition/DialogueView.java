package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dialogue as its unit reads it: the plan, how it was held, questions and answers, and the commitments with their
 * state; {@code mayEdit} tells whether the reader may record on it.
 */
public record DialogueView(UUID id, UUID unitId, String unitName, String subject, String place, LocalDate plannedOn,
        LocalDate heldOn, String status, String chair, String participants, String minutes, LocalDate publishedOn,
        List<DialogueQuestion> questions, List<CommitmentView> commitments, boolean mayEdit) {

    /** A commitment with its number in the dialogue and whether it is overdue today. */
    public record CommitmentView(int number, String content, UUID ownerUnitId, String ownerUnitName, LocalDate dueOn,
            String status, String evidence, LocalDate doneOn, String confirmation, String confirmationNote,
            boolean overdue) {
    }
}
