package vn.danvan.emulation;

import java.util.UUID;

/**
 * A movement as lists and pages show it, with the launching unit's name and how many models it holds.
 */
public record MovementView(UUID id, String name, int year, Level level, UUID unitId, String unitName,
        String rulesDocument, Phases phases, long models, long version) {
}
