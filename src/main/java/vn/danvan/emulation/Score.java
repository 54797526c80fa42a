package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One council member's score for one criterion, with a comment.
 */
public record Score(UUID criterionId, BigDecimal score, String comment) {
}
