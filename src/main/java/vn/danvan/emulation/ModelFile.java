package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole file of a model or exemplar (hồ sơ): its story and results, evidence, the movements it was put forward
 * to, its recognitions and the units that replicated it. It travels with the model when it is nominated upward.
 */
public record ModelFile(UUID id, UUID movementId, String movementName, UUID homeMovementId, ModelKind kind, String name,
        UUID unitId, String unitName, String people, Field field, String problem, String actions, String results,
        LocalDate startedOn, LocalDate registeredOn, ModelStatus status, Level level, int year, String peopleApprovedBy,
        LocalDate peopleApprovedOn, boolean published, boolean peoplePublic, long version, List<Figure> figures,
        List<Evidence> evidence, List<Nomination> nominations, List<Recognition> recognitions,
        List<Replication> replications) {

    /** A stored evidence file. */
    public record Evidence(UUID id, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant uploadedAt) {

        public boolean isImage() {
            return mediaType.startsWith("image/");
        }
    }

    /** A movement the model was put forward to. */
    public record Nomination(UUID movementId, String movementName, Level level, LocalDate nominatedOn) {
    }

    /** A recognition and commendation: level, form, the band reached, the decision and its date. */
    public record Recognition(UUID movementId, String movementName, Level level, AwardForm form, String band,
            BigDecimal total, String decision, LocalDate decidedOn) {
    }

    /** Another unit that adopted the model, with its own results. */
    public record Replication(UUID unitId, String unitName, LocalDate startedOn, String results) {
    }
}
