package vn.danvan.plan;

/**
 * Where a task stands; whether it is overdue is derived from its deadline and the date, never stored.
 */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
