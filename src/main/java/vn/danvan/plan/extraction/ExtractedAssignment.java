package vn.danvan.plan.extraction;

/**
 * A unit named as leading ("chủ trì"), coordinating ("phối hợp với") or responsible for work, as written; {@code task}
 * is the number of the task it was found in, null for the plan as a whole ("Tổ chức thực hiện").
 */
public record ExtractedAssignment(String unit, Role role, String task, String source) {

    /** The part a unit plays. */
    public enum Role {
        LEAD, COORDINATE, RESPONSIBLE
    }
}
