package vn.danvan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.danvan.plan.extraction.Comparison;
import vn.danvan.plan.extraction.Quantity;

/**
 * A target to add to a plan: what is measured, how it compares, the value (and upper bound of a range), its unit
 * (%, người, hộ…), the baseline, the due date, the tolerance (in percent of the value) within which it is only at risk,
 * and the sentence it was taken from.
 */
public record NewTarget(String indicator, Comparison comparison, BigDecimal value, BigDecimal valueMax, String unit,
        BigDecimal baseline, LocalDate dueOn, BigDecimal tolerance, String sourceText) {

    /** A target whose value is given as written in Vietnamese: "85.000", "15-16%", "trên 90%", "giảm 1%". */
    public static NewTarget written(String indicator, String quantity, BigDecimal baseline, LocalDate dueOn,
            BigDecimal tolerance) {
        Quantity q = Target.quantity(quantity);
        return new NewTarget(indicator, q.comparison(), q.value(), q.valueMax(), q.unit(), baseline, dueOn, tolerance, quantity);
    }
}
