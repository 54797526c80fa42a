package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * A promise made at a dialogue: what, the unit that owns it, the day it is due, whether it is done (with the evidence
 * and the day), and whether the citizens confirmed it was kept.
 */
@Table("dialogue_commitment")
record Commitment(String content, UUID ownerUnitId, LocalDate dueOn, Status status, String evidence, LocalDate doneOn,
        Confirmation confirmation, String confirmationNote) {

    /** Whether the commitment is still to be kept. */
    enum Status {
        OPEN, DONE
    }

    /** The citizens' word on a kept commitment. */
    enum Confirmation {
        PENDING, CONFIRMED, DISPUTED
    }

    static Commitment made(String content, UUID ownerUnitId, LocalDate dueOn) {
        return new Commitment(content, ownerUnitId, dueOn, Status.OPEN, null, null, Confirmation.PENDING, null);
    }

    Commitment fulfilled(String proof, LocalDate on, LocalDate today) {
        if (status == Status.DONE) {
            throw new RuleViolated("dialogue.commitment.already-done");
        }
        if (proof == null) {
            throw InvalidInput.field("evidence", "dialogue.commitment.evidence-required");
        }
        if (on == null || on.isAfter(today)) {
            throw InvalidInput.field("doneOn", on == null ? "dialogue.commitment.done-on-required"
                    : "dialogue.commitment.done-on-future");
        }
        return new Commitment(content, ownerUnitId, dueOn, Status.DONE, proof, on, confirmation, confirmationNote);
    }

    Commitment confirmed(boolean confirmed, String note) {
        if (status != Status.DONE) {
            throw new RuleViolated("dialogue.commitment.not-done");
        }
        return new Commitment(content, ownerUnitId, dueOn, status, evidence, doneOn,
                confirmed ? Confirmation.CONFIRMED : Confirmation.DISPUTED, note);
    }

    boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }
}
