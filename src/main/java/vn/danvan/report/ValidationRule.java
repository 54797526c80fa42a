package vn.danvan.report;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;

/**
 * A check between two figures of one report, such as "members taking part ≤ members".
 */
@Table("report_rule")
public record ValidationRule(String leftElement, Comparison comparison, String rightElement) {

    /** How the left figure must compare with the right one. */
    public enum Comparison {
        LE("≤"), LT("<"), EQ("="), GE("≥"), GT(">");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int compared) {
            return switch (this) {
                case LE -> compared <= 0;
                case LT -> compared < 0;
                case EQ -> compared == 0;
                case GE -> compared >= 0;
                case GT -> compared > 0;
            };
        }
    }

    public ValidationRule {
        if (leftElement == null || rightElement == null || comparison == null) {
            throw InvalidInput.field("rules", "report.template.rule-invalid");
        }
    }

    /** Whether the figures satisfy the rule; a missing figure is not checked here. */
    public boolean holds(BigDecimal leftValue, BigDecimal rightValue) {
        return leftValue == null || rightValue == null || comparison.holds(leftValue.compareTo(rightValue));
    }
}
