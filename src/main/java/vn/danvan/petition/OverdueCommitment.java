package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment past its due day and not yet kept, with the dialogue it came from and the unit that owns it.
 */
public record OverdueCommitment(UUID dialogueId, String dialogueSubject, LocalDate heldOn, int number, String content,
        String ownerUnitName, LocalDate dueOn, long daysOverdue) {
}
