package vn.danvan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recognised model's public page: its story and results, recognitions and where it spread; the people and photos
 * only when its unit approved publishing them.
 */
public record ShowcaseStory(UUID id, String name, ModelKind kind, Field field, String unitName, String provinceName,
        int year, Level level, String people, String problem, String actions, String results, LocalDate startedOn,
        List<Figure> figures, List<ModelFile.Recognition> recognitions, List<ModelFile.Replication> replications,
        List<UUID> photos) {
}
