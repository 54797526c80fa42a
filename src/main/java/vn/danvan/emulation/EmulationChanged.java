package vn.danvan.emulation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something of the emulation module changed: a movement, model, council, recognition, replication or scorecard; ids
 * and field names only.
 */
public record EmulationChanged(String entityType, String entityId, UUID unitId, String action, List<String> changedFields,
        String actor, Instant occurredAt) implements AuditedChange {

    public EmulationChanged {
        changedFields = List.copyOf(changedFields);
    }
}
