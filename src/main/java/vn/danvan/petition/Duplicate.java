package vn.danvan.petition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An earlier or later petition within twelve months that may be the same matter: by the same petitioner (same ID
 * number), or with very similar content read without diacritics.
 */
public record Duplicate(UUID id, String code, LocalDate receivedOn, String subject, PetitionStatus status, Reason reason,
        int similarityPercent) {

    /** Why the petition is shown as a possible duplicate. */
    public enum Reason {
        SAME_PETITIONER, SIMILAR_CONTENT
    }
}
