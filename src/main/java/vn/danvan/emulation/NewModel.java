package vn.danvan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A model or exemplar as its unit registers it: kind, name, unit and people, field, the problem, what was done, the
 * results (with measurable figures) and when it started.
 */
public record NewModel(String kind, String name, UUID unitId, String people, String field, String problem,
        String actions, String results, LocalDate startedOn, List<Figure> figures) {

    public NewModel {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
