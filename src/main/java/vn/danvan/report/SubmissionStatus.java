package vn.danvan.report;

/**
 * Where a unit's report stands: being written, sent in, sent back with comments, or approved (and so locked).
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the figures count in completeness and roll-ups. */
    public boolean counts() {
        return this == SUBMITTED || this == APPROVED;
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
