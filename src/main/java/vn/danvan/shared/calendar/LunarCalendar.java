package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time zone UTC+7 as the country has done since
 * 1967, for the solar days 01/01/1900 – 31/12/2199; it differs from calendars computed for China (UTC+8) in some years,
 * Tết 1985 by a whole month (VIETNAM.md §7.2).
 */
public final class LunarCalendar {

    /** The first solar day the calendar converts. */
    public static final LocalDate EARLIEST = LunisolarTable.EARLIEST;

    /** The last solar day the calendar converts. */
    public static final LocalDate LATEST = LunisolarTable.LATEST;

    private static final double VIETNAM_UTC_OFFSET_HOURS = 7;

    private static final LunisolarTable VIETNAM = LunisolarTable.forUtcOffset(VIETNAM_UTC_OFFSET_HOURS);

    private LunarCalendar() {
    }

    /** The lunar date of a solar day. */
    public static LunarDate toLunar(LocalDate date) {
        return VIETNAM.toLunar(date);
    }

    /** The solar day of a lunar date; throws {@link NoSuchLunarDate} if the lunar date does not exist. */
    public static LocalDate toSolar(LunarDate date) {
        return VIETNAM.toSolar(date);
    }

    /** The number of days, 29 or 30, of a lunar month. */
    public static int daysInMonth(int year, int month, boolean leap) {
        return VIETNAM.daysInMonth(year, month, leap);
    }

    /** The number of the month that lunar year {@code year} repeats as its leap month, if it has one. */
    public static OptionalInt leapMonth(int year) {
        return VIETNAM.leapMonth(year);
    }

    /** The solar day of Tết Nguyên đán, the first day of lunar year {@code year}. */
    public static LocalDate newYear(int year) {
        return VIETNAM.toSolar(LunarDate.of(year, 1, 1));
    }
}
