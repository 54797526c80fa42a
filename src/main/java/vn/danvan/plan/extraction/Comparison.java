package vn.danvan.plan.extraction;

/** How a target's value is to be read: reach at least, stay at most, keep, exceed, stay under, a range, or a change. */
public enum Comparison {
    AT_LEAST, AT_MOST, KEEP_AT, ABOVE, BELOW, RANGE, INCREASE_BY, REDUCE_BY
}
