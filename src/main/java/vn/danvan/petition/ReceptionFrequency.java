package vn.danvan.petition;

import java.time.LocalDate;

/**
 * How many days an office holder must receive citizens in person, per week or per month, as a law or Party rule set
 * it from a date (Luật Tiếp công dân 2013 Điều 12–18, Luật 136/2025/QH15 from 01/07/2026, Quy định 11-QĐi/TW and
 * Kết luận 215-KL/TW; VIETNAM.md §2.3).
 */
public record ReceptionFrequency(String office, LocalDate effectiveFrom, int days, Per per, String law, String source,
        boolean verified) {

    /** The period the days are counted in. */
    public enum Per {
        WEEK, MONTH
    }
}
