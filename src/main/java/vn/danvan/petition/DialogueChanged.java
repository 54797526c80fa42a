package vn.danvan.petition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something was done to a dialogue — planned, held, a question or a commitment recorded, a commitment kept or
 * confirmed, the minutes published — by whom and when.
 */
public record DialogueChanged(UUID dialogueId, UUID unitId, String action, List<String> changedFields, String actor,
        Instant occurredAt) implements AuditedChange {

    @Override
    public String entityType() {
        return "dialogue";
    }

    @Override
    public String entityId() {
        return dialogueId.toString();
    }
}
