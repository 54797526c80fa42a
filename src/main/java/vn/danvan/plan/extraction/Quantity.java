package vn.danvan.plan.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A target's quantity as a plan writes it: a comparison, a value (and an upper value for a range) and a unit
 * ("%", "lao động", "người", "hộ"…), or no unit for a bare number.
 */
public record Quantity(Comparison comparison, BigDecimal value, BigDecimal valueMax, String unit) {

    public Quantity {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        if (comparison == Comparison.RANGE) {
            if (valueMax == null) {
                throw new IllegalArgumentException("a range needs an upper value");
            }
            if (valueMax.compareTo(value) < 0) {
                throw new IllegalArgumentException("range upside down: " + VietnameseNumber.format(value) + " > "
                        + VietnameseNumber.format(valueMax));
            }
        } else if (valueMax != null) {
            throw new IllegalArgumentException("only a range has an upper value");
        }
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    /**
     * Reads one quantity as written: "85.000 lao động", "2,48%", "15-16%", "80%-100%", "trên 90%", "80% trở lên",
     * "giảm 1%", "tăng 5%", "duy trì 100%"; a number alone has no unit and means "at least". Throws
     * {@link IllegalArgumentException} when the text holds no number, more than one quantity or a range upside down.
     */
    public static Quantity parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no quantity: empty text");
        }
        String clean = text.strip();
        List<QuantityScanner.Found> found = QuantityScanner.find(clean, true);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no quantity in \"" + clean + "\"");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("more than one quantity in \"" + clean + "\"");
        }
        return found.get(0).quantity();
    }

    /** The quantity written back the Vietnamese way, so that {@link #parse} reads the same quantity from it. */
    public String written() {
        String number = VietnameseNumber.format(value) + (comparison == Comparison.RANGE ? "-" + VietnameseNumber.format(valueMax) : "");
        String quantity = unit == null ? number : isPercent() ? number + "%" : number + " " + unit;
        return switch (comparison) {
            case AT_LEAST, RANGE -> quantity;
            case AT_MOST -> "không quá " + quantity;
            case KEEP_AT -> "duy trì " + quantity;
            case ABOVE -> "trên " + quantity;
            case BELOW -> "dưới " + quantity;
            case INCREASE_BY -> "tăng " + quantity;
            case REDUCE_BY -> "giảm " + quantity;
        };
    }

    /** Whether the unit is a percentage. */
    public boolean isPercent() {
        return "%".equals(unit);
    }
}
