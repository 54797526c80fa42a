package vn.danvan.plan;

/**
 * How a target stands by its latest value: on track, at risk (within the tolerance short of it), off track, or not
 * measured yet.
 */
public enum TargetStatus {
    NOT_MEASURED, ON_TRACK, AT_RISK, OFF_TRACK;

    /** The worse of two, for rolling the targets of implementing plans up. */
    public TargetStatus worse(TargetStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String colour() {
        return switch (this) {
            case NOT_MEASURED -> "secondary";
            case ON_TRACK -> "success";
            case AT_RISK -> "warning";
            case OFF_TRACK -> "danger";
        };
    }
}
