package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The criteria a province evaluates models by in a year: weighted criteria with score ranges, the rule that combines the
 * council's totals, the spread between members that calls for discussion, and the bands from total to level.
 */
public record CriteriaSet(UUID id, UUID provinceId, int year, String name, ScoringRule rule,
        BigDecimal disagreementLimit, List<Criterion> criteria, List<Band> bands) {

    /** One criterion: its weight and the range a score must fall in. */
    public record Criterion(UUID id, String name, BigDecimal weight, BigDecimal minScore, BigDecimal maxScore) {

        public boolean accepts(BigDecimal score) {
            return score != null && score.compareTo(minScore) >= 0 && score.compareTo(maxScore) <= 0;
        }
    }

    /** From this total on, a model reaches the level named by the label. */
    public record Band(BigDecimal minTotal, String label) {
    }

    public CriteriaSet {
        criteria = List.copyOf(criteria);
        bands = bands.stream().sorted(Comparator.comparing(Band::minTotal).reversed()).toList();
    }

    /** The highest band the total reaches, or null below every band. */
    public String band(BigDecimal total) {
        if (total == null) {
            return null;
        }
        return bands.stream().filter(b -> total.compareTo(b.minTotal()) >= 0).map(Band::label).findFirst().orElse(null);
    }

    /** The most a member's weighted total can be. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(c -> c.weight().multiply(c.maxScore())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
