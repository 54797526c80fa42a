package vn.danvan.shared;

/**
 * The roles an account may hold at a unit; each covers that unit's whole subtree.
 */
public enum Role {
    /** Quản trị hệ thống: configures everything, manages all units and users. */
    SYSTEM_ADMIN,
    /** Quản trị đơn vị: manages units and accounts inside the own subtree. */
    UNIT_ADMIN,
    /** Lãnh đạo: sees dashboards, approves reports, signs off plans. */
    LEADER,
    /** Chuyên viên: drafts plans, enters report data, updates tasks. */
    SPECIALIST,
    /** Văn phòng tổng hợp: sets report schedules, collects, returns and consolidates. */
    COORDINATING_OFFICE,
    /** Văn thư: registers documents and issues document numbers. */
    CLERK,
    /** Cán bộ tiếp dân: receives citizens, registers and routes petitions, runs dialogues. */
    RECEPTION_OFFICER,
    /** Thanh tra / kiểm tra: plans and records inspections. */
    INSPECTOR,
    /** Hội đồng thi đua: scores and recognises "Dân vận khéo" models. */
    EMULATION_COUNCIL;

    /** The message key of the role's name in the UI. */
    public String messageKey() {
        return "role." + name();
    }
}
