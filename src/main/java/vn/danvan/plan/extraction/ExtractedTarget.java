package vn.danvan.plan.extraction;

/**
 * A quantitative commitment found in a plan: the words that state it ({@code text}), what is measured
 * ({@code indicator}), the quantity, and the sentence it was read from.
 */
public record ExtractedTarget(String text, String indicator, Quantity quantity, String source) {
}
