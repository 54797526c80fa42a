package vn.danvan.emulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A model or exemplar in a list.
 */
public record ModelSummary(UUID id, String name, ModelKind kind, Field field, String unitName, ModelStatus status,
        Level level, LocalDate registeredOn) {
}
