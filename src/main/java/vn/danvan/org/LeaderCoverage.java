package vn.danvan.org;

import java.time.LocalDate;
import java.util.List;

/**
 * How many units under a root have a designated mobilisation leader on a date, and which do not (the plans require
 * every unit to have one).
 */
public record LeaderCoverage(UnitSummary root, LocalDate on, int total, int covered, List<LeaderGap> gaps) {

    /** The share of units with a leader, in percent (100 when there are no units). */
    public double percent() {
        return total == 0 ? 100.0 : Math.round(covered * 1000.0 / total) / 10.0;
    }
}
