package vn.danvan.emulation;

/**
 * The form a commendation takes (Luật Thi đua, khen thưởng; provincial regulations, VIETNAM.md §4.3).
 */
public enum AwardForm {
    /** Giấy công nhận mô hình, điển hình. */
    RECOGNITION,
    /** Giấy khen (head of a unit, commune or district). */
    CERTIFICATE,
    /** Bằng khen (chairman of the provincial People's Committee, or higher). */
    DIPLOMA,
    /** Biểu dương, tuyên dương (Party boards). */
    PRAISE;

    public String messageKey() {
        return "emulation.form." + name();
    }
}
