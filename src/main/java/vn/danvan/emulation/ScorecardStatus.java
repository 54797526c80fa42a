package vn.danvan.emulation;

/**
 * An agency's scorecard: being filled in, submitted to the grading unit, graded.
 */
public enum ScorecardStatus {
    DRAFT, SUBMITTED, GRADED;

    public String messageKey() {
        return "emulation.scorecard.status." + name();
    }
}
