package vn.danvan.org;

import java.util.List;

/**
 * A unit without a designated mobilisation leader on a date, with the names of its ancestors.
 */
public record LeaderGap(UnitSummary unit, List<String> trail) {
}
