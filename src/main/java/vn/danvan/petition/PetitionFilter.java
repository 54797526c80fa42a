package vn.danvan.petition;

import java.util.UUID;

/**
 * What a petition list is narrowed to: words of the subject or content (without diacritics), a tracking code, a class,
 * a status, a unit's subtree, only the overdue ones.
 */
public record PetitionFilter(String query, PetitionKind kind, PetitionStatus status, UUID unitId, boolean overdueOnly) {

    public static PetitionFilter none() {
        return new PetitionFilter(null, null, null, null, false);
    }
}
