package vn.danvan.emulation;

import java.util.UUID;

/**
 * What launching a movement takes: the launching unit, year, level, name, the rules document and the phases.
 */
public record MovementDetails(UUID unitId, Integer year, String level, String name, String rulesDocument, Phases phases) {
}
