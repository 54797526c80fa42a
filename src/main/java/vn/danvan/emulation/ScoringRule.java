package vn.danvan.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a council's totals for one model become its result, as the criteria set says: the mean, the median, or the mean
 * without the highest and the lowest total.
 */
public enum ScoringRule {
    MEAN, MEDIAN, TRIMMED_MEAN;

    public String messageKey() {
        return "emulation.rule." + name();
    }

    /** The result of these members' totals; null when there are none. */
    public BigDecimal combine(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(totals);
        sorted.sort(null);
        switch (this) {
            case MEDIAN -> {
                int n = sorted.size();
                return n % 2 == 1 ? sorted.get(n / 2).setScale(2, RoundingMode.HALF_UP)
                        : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            }
            case TRIMMED_MEAN -> {
                return mean(sorted.size() > 2 ? sorted.subList(1, sorted.size() - 1) : sorted);
            }
            default -> {
                return mean(sorted);
            }
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
