package vn.danvan.shared.calendar;

import java.util.Objects;

/**
 * A period a statute sets in days or in working days ("trong thời hạn 10 ngày", "05 ngày làm việc"), counted by the
 * Civil Code's rule in {@link WorkingCalendar#deadline(java.time.LocalDate, TimeLimit)}.
 *
 * @param length the number of days, zero or more
 * @param unit   whether the days are calendar days or working days
 */
public record TimeLimit(int length, DayCount unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (length < 0) {
            throw new NegativeDayCount(length);
        }
    }

    /** A period of {@code length} calendar days ("ngày"). */
    public static TimeLimit days(int length) {
        return new TimeLimit(length, DayCount.CALENDAR_DAYS);
    }

    /** A period of {@code length} working days ("ngày làm việc"). */
    public static TimeLimit workingDays(int length) {
        return new TimeLimit(length, DayCount.WORKING_DAYS);
    }
}
