package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Criteria as a province defines them for a year.
 */
public record NewCriteriaSet(UUID provinceId, Integer year, String name, String rule, BigDecimal disagreementLimit,
        List<NewCriterion> criteria, List<CriteriaSet.Band> bands) {

    /** A criterion with its weight and score range. */
    public record NewCriterion(String name, BigDecimal weight, BigDecimal minScore, BigDecimal maxScore) {
    }

    public NewCriteriaSet {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}
