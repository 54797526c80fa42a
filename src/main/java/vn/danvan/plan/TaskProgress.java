package vn.danvan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Progress of a task derived from its sub-tasks: their progress weighted by their weights normalised to the sub-tasks
 * that count — cancelled ones are left out.
 */
public final class TaskProgress {

    /** One sub-task as it counts for its parent. */
    public record Part(BigDecimal weight, TaskStatus status, int progress) {
    }

    private TaskProgress() {
    }

    /** The weighted progress in whole percent, or null when no sub-task counts (none, or all cancelled). */
    public static Integer derived(List<Part> parts) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.status() == TaskStatus.CANCELLED) {
                continue;
            }
            BigDecimal w = part.weight() == null ? BigDecimal.ONE : part.weight();
            weights = weights.add(w);
            sum = sum.add(w.multiply(BigDecimal.valueOf(part.progress())));
        }
        if (weights.signum() == 0) {
            return null;
        }
        return sum.divide(weights, 0, RoundingMode.HALF_UP).intValue();
    }
}
