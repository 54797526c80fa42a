package vn.danvan.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The holidays a year gets while no official schedule has been announced for it: the public holidays of
 * Bộ luật Lao động 2019 Điều 112 k.1 (in force since 01/01/2021), and for each one falling on a weekly rest day a day
 * off in lieu on the next working day (Điều 111 k.3).
 *
 * <p>The 2019 Code's holidays are applied to every year; the days actually off before 2021 differed (Quốc khánh had
 * one day, Giỗ Tổ became a holiday in 2007), so a past year that matters should be entered as an official schedule.
 * Saturday and Sunday are the weekly rest days of state agencies (Quyết định 188/1999/QĐ-TTg, the 40-hour week).
 *
 * @param tetPattern           how the five days of Tết lie around the lunar new year (Điều 112 k.1, k.3)
 * @param nationalDayCompanion which day next to 02/09 is the second day of Quốc khánh (Điều 112 k.1, k.3)
 */
public record HolidayRules(TetPattern tetPattern, NationalDayCompanion nationalDayCompanion) {

    /** The last day of the lunar year and the first four of the new one for Tết; 01/09 with Quốc khánh. */
    public static final HolidayRules LABOUR_CODE_2019 =
            new HolidayRules(TetPattern.ONE_BEFORE_FOUR_AFTER, NationalDayCompanion.DAY_BEFORE);

    private static final String JOINED_NAMES = ", ";

    public HolidayRules {
        Objects.requireNonNull(tetPattern, "tetPattern");
        Objects.requireNonNull(nationalDayCompanion, "nationalDayCompanion");
    }

    public HolidayRules withTetPattern(TetPattern pattern) {
        return new HolidayRules(pattern, nationalDayCompanion);
    }

    public HolidayRules withNationalDayCompanion(NationalDayCompanion companion) {
        return new HolidayRules(tetPattern, companion);
    }

    /** The computed days off of solar year {@code year}, holidays and days in lieu, in date order. */
    List<DayOff> daysOffIn(int year) {
        Map<LocalDate, String> holidays = holidaysOf(year);
        List<DayOff> daysOff = new ArrayList<>();
        LocalDate firstFreeDay = LocalDate.of(year, 1, 1);
        for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
            LocalDate date = holiday.getKey();
            daysOff.add(new DayOff(date, holiday.getValue(), ScheduleSource.COMPUTED));
            if (isWeekend(date)) {
                // Several holidays on one weekend (Tết) each get their own day, one after the other.
                LocalDate inLieu = date.plusDays(1).isAfter(firstFreeDay) ? date.plusDays(1) : firstFreeDay;
                while (isWeekend(inLieu) || holidays.containsKey(inLieu)) {
                    inLieu = inLieu.plusDays(1);
                }
                daysOff.add(new DayOff(inLieu, StatutoryHoliday.IN_LIEU_PREFIX + holiday.getValue(),
                        ScheduleSource.COMPUTED));
                firstFreeDay = inLieu.plusDays(1);
            }
        }
        daysOff.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(daysOff);
    }

    private Map<LocalDate, String> holidaysOf(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), StatutoryHoliday.NEW_YEAR);
        LocalDate lunarNewYear = LunarCalendar.newYear(year);
        for (int day = -tetPattern.daysBeforeNewYear(); day < tetPattern.daysFromNewYear(); day++) {
            add(holidays, lunarNewYear.plusDays(day), StatutoryHoliday.LUNAR_NEW_YEAR);
        }
        add(holidays, LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), StatutoryHoliday.HUNG_KINGS_COMMEMORATION);
        add(holidays, LocalDate.of(year, 4, 30), StatutoryHoliday.VICTORY_DAY);
        add(holidays, LocalDate.of(year, 5, 1), StatutoryHoliday.LABOUR_DAY);
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(holidays, nationalDay, StatutoryHoliday.NATIONAL_DAY);
        LocalDate companion = nationalDay.plusDays(nationalDayCompanion.offsetFromNationalDay());
        add(holidays, companion, StatutoryHoliday.NATIONAL_DAY);
        return holidays;
    }

    /** Two holidays on one date (Giỗ Tổ fell on 30/04 in 1947) make one day off; the law adds no day for that. */
    private static void add(Map<LocalDate, String> holidays, LocalDate date, StatutoryHoliday holiday) {
        holidays.merge(date, holiday.vietnameseName(),
                (earlier, later) -> earlier.equals(later) ? earlier : earlier + JOINED_NAMES + later);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
