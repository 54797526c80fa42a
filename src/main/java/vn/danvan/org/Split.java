package vn.danvan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit that splits into new units on a date (1 to N); each open child goes to the part at the given index.
 */
public record Split(LocalDate effectiveOn, List<Part> parts, Map<UUID, Integer> childParts) {

    public Split {
        parts = parts == null ? List.of() : List.copyOf(parts);
        childParts = childParts == null ? Map.of() : Map.copyOf(childParts);
    }

    /** One of the new units, created under the split unit's parent. */
    public record Part(String code, String name, String shortName, UnitKind kind) {
    }
}
