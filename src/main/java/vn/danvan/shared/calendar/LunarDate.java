package vn.danvan.shared.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch): lunar year, month 1–12, day 1–30, and whether the month is the
 * year's leap month (tháng nhuận), which repeats the number of the month before it.
 *
 * <p>The year is the lunar year, which starts on Tết Nguyên đán; so the 12th month of lunar year 2025 falls in
 * January–February 2026. Whether the day exists (a day 30 in a 29-day month, a leap month the year does not have)
 * is checked when converting with {@link LunarCalendar#toSolar(LunarDate)}.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new NoSuchLunarDate(year, month, day, leap, "a lunar month is numbered 1 to 12");
        }
        if (day < 1 || day > 30) {
            throw new NoSuchLunarDate(year, month, day, leap, "a lunar month has 29 or 30 days");
        }
    }

    /** A day of a month that is not the leap month. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}
