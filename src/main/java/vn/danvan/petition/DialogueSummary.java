package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dialogue in a list: when, about what, and how many of its commitments are open and overdue.
 */
public record DialogueSummary(UUID id, String unitName, String subject, LocalDate plannedOn, LocalDate heldOn,
        String status, int openCommitments, int overdueCommitments, boolean published) {
}
