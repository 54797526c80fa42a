package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A petition in a list: never a confidential identity, never an ID number.
 */
public record PetitionSummary(UUID id, String code, UUID unitId, String unitName, PetitionKind kind, PetitionStatus status,
        LocalDate receivedOn, String subject, String petitioner, LocalDate dueOn, DeadlineClock.State clock,
        boolean repeated, boolean complexMass, String handlerName) {
}
