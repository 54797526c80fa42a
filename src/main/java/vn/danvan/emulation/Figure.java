package vn.danvan.emulation;

import java.math.BigDecimal;

/**
 * One measurable result of a model: an indicator, its value and measure, and where it comes from (a plan target or a
 * report figure) when it has a source.
 */
public record Figure(String indicator, BigDecimal value, String measure, String source) {
}
