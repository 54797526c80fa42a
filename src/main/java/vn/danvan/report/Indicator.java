package vn.danvan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;

/**
 * A ratio of two data elements (members taking part ÷ members × 100), recomputed at every level from the rolled-up
 * numerator and denominator — never an average of ratios. It may name a plan target it is measured against.
 */
@Table("report_indicator")
public record Indicator(String code, String name, String numerator, String denominator, BigDecimal factor,
        UUID planTargetId) {

    public Indicator {
        if (code == null || !DataElement.CODE.matcher(code).matches()) {
            throw InvalidInput.field("indicators", "report.template.code-invalid", code);
        }
        if (name == null || name.isBlank()) {
            throw InvalidInput.field("indicators", "report.template.name-required", code);
        }
        factor = factor == null ? BigDecimal.valueOf(100) : factor;
    }

    /** The value for a numerator and denominator; none when the denominator is missing or zero. */
    public BigDecimal valueOf(BigDecimal num, BigDecimal den) {
        if (num == null || den == null || den.signum() == 0) {
            return null;
        }
        return num.multiply(factor).divide(den, 2, RoundingMode.HALF_UP);
    }
}
