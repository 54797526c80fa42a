package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A scorecard template as the grading unit defines it for a year.
 */
public record NewScorecardTemplate(UUID gradingUnitId, Integer year, String name, List<NewItem> items,
        List<CriteriaSet.Band> bands) {

    /** A criterion with its points and whether evidence must come with the self-assessment. */
    public record NewItem(String name, BigDecimal maxPoints, boolean evidenceRequired) {
    }

    public NewScorecardTemplate {
        items = items == null ? List.of() : List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
