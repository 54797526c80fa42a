package vn.danvan.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period's submission deadline with the days it stays open afterwards. The one definition of "on time" that
 * reminders, dashboards and lists share: first submitted before the deadline day begins (Vietnamese time).
 */
public record Deadline(LocalDate due, int graceDays) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public boolean isOnTime(Instant firstSubmittedAt) {
        return firstSubmittedAt != null && firstSubmittedAt.isBefore(due.atStartOfDay(VIETNAM).toInstant());
    }

    /** The last day a report may still be submitted (late after the deadline itself). */
    public LocalDate closesAfter() {
        return due.plusDays(graceDays);
    }

    public boolean isOpenOn(LocalDate date) {
        return !date.isAfter(closesAfter());
    }

    public boolean isPassedOn(LocalDate date) {
        return !date.isBefore(due);
    }
}
