package vn.danvan.org;

import java.util.List;

/**
 * A unit found by name or code, with the names of its ancestors so that namesakes can be told apart.
 */
public record SearchHit(UnitSummary unit, List<String> trail) {
}
