package vn.danvan.report;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.danvan.shared.InvalidInput;

/**
 * When a period's report is due, as the issuing body's regime states it: "before day D of the period's last month,
 * shifted by N months" — "6 tháng: trước 01/6; năm: trước 01/12" is day 1 with no shift, "trước 15/12 hằng năm" day 15.
 * Nghị định 09/2019 leaves the submission deadline to each regime (VIETNAM.md §3), so it is data, never a literal.
 */
public record DeadlineRule(int monthOffset, int day) {

    public DeadlineRule {
        if (day < 1 || day > 31) {
            throw InvalidInput.field("deadlineDay", "report.schedule.deadline-day-invalid");
        }
        if (monthOffset < -11 || monthOffset > 12) {
            throw InvalidInput.field("deadlineMonthOffset", "report.schedule.deadline-offset-invalid");
        }
    }

    /** The deadline of a regular period: reports are on time when submitted before this day begins. */
    public LocalDate dueFor(ReportingPeriod period) {
        YearMonth month = period.lastMonth().plusMonths(monthOffset);
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
