package vn.danvan.plan;

/**
 * Where a plan stands: drafted (editable), issued (content fixed; tasks and targets are reported on), closed.
 */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED
}
