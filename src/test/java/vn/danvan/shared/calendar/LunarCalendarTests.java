package vn.danvan.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTests {

    /** The same rules computed for China's time zone, to show where Vietnam's calendar differs. */
    private static final LunisolarTable CHINA = LunisolarTable.forUtcOffset(8);

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
            "1968, 1968-01-29",
            "1969, 1969-02-16",
            "1985, 1985-01-21",
            "2007, 2007-02-17",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            "2030, 2030-02-02",
            "2031, 2031-01-23",
            "2053, 2053-02-18"})
    void tetFallsOnThePublishedVietnameseDates(int year, LocalDate tet) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} falls on {1}")
    @CsvSource({
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2027, 2027-04-16",
            "2028, 2028-04-04",
            "2029, 2029-04-23",
            "2030, 2030-04-12"})
    void hungKingsCommemorationFallsOnThePublishedDates(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(day);
        assertThat(LunarCalendar.toLunar(day)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @Test
    void tetFallsAMonthEarlierThanChinaIn1985() {
        assertThat(LunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(CHINA.toSolar(LunarDate.of(1985, 1, 1))).isEqualTo(LocalDate.of(1985, 2, 20));
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
            "1968, 1968-01-29, 1968-01-30",
            "1969, 1969-02-16, 1969-02-17",
            "2007, 2007-02-17, 2007-02-18",
            "2030, 2030-02-02, 2030-02-03",
            "2053, 2053-02-18, 2053-02-19"})
    void tetFallsADayEarlierThanChinaWhenTheNewMoonIsJustBeforeMidnightInHanoi(int year, LocalDate vietnam,
            LocalDate china) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(vietnam);
        assertThat(CHINA.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(china);
    }

    @ParameterizedTest(name = "lunar year {0} repeats month {1}")
    @CsvSource({"2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2",
            "2025, 6", "2028, 5", "2031, 3"})
    void yearsOfThirteenMonthsRepeatTheirLeapMonth(int year, int leapMonth) {
        assertThat(LunarCalendar.leapMonth(year)).hasValue(leapMonth);
        LocalDate leapMonthStart = LunarCalendar.toSolar(new LunarDate(year, leapMonth, 1, true));
        LocalDate monthStart = LunarCalendar.toSolar(LunarDate.of(year, leapMonth, 1));
        assertThat(leapMonthStart)
                .isEqualTo(monthStart.plusDays(LunarCalendar.daysInMonth(year, leapMonth, false)));
        assertThat(LunarCalendar.toLunar(leapMonthStart)).isEqualTo(new LunarDate(year, leapMonth, 1, true));
    }

    @Test
    void yearsOfTwelveMonthsHaveNoLeapMonth() {
        assertThat(LunarCalendar.leapMonth(2024)).isEmpty();
        assertThat(LunarCalendar.leapMonth(2026)).isEmpty();
    }

    @Test
    void leapEleventhMonthOf2033BelongsToTheOldLunarYear() {
        assertThat(LunarCalendar.leapMonth(2033)).hasValue(11);
        LocalDate leapEleventh = LunarCalendar.toSolar(new LunarDate(2033, 11, 1, true));
        assertThat(leapEleventh).isBetween(LocalDate.of(2033, 12, 1), LocalDate.of(2034, 1, 31));
        assertThat(LunarCalendar.newYear(2034)).isAfter(leapEleventh);
    }

    @Test
    void tetOf2026HasNoThirtiethDayBeforeIt() {
        assertThat(LunarCalendar.daysInMonth(2025, 12, false)).isEqualTo(29);
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void januaryDaysBeforeTetBelongToThePreviousLunarYear() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 1, 1))).isEqualTo(LunarDate.of(2025, 11, 13));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 12, 31))).isEqualTo(LunarDate.of(2025, 11, 12));
    }

    @Test
    void convertsTheFirstAndLastSupportedDays() {
        assertThat(LunarCalendar.toLunar(LunarCalendar.EARLIEST)).isEqualTo(LunarDate.of(1899, 12, 1));
        assertThat(LunarCalendar.toSolar(LunarDate.of(1899, 12, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(LunarCalendar.LATEST))).isEqualTo(LunarCalendar.LATEST);
    }

    @Test
    void everySupportedDaySurvivesTheRoundTrip() {
        for (LocalDate day = LunarCalendar.EARLIEST; !day.isAfter(LunarCalendar.LATEST); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            if (!LunarCalendar.toSolar(lunar).equals(day)) {
                throw new AssertionError(day + " became " + lunar + ", then " + LunarCalendar.toSolar(lunar));
            }
        }
    }

    @Test
    void rejectsTheThirtiethDayOfATwentyNineDayMonth() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2025, 12, 30)))
                .isInstanceOf(NoSuchLunarDate.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("30/12/2025")
                .hasMessageContaining("only 29 days");
    }

    @Test
    void rejectsALeapFlagOnAYearWithoutLeapMonth() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2026, 6, 1, true)))
                .isInstanceOf(NoSuchLunarDate.class)
                .hasMessageContaining("has no month 6 (leap)")
                .hasMessageContaining("it has no leap month");
    }

    @Test
    void rejectsALeapFlagOnAMonthThatIsNotTheLeapMonth() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(2025, 5, 1, true)))
                .isInstanceOf(NoSuchLunarDate.class)
                .hasMessageContaining("its leap month is 6");
    }

    @Test
    void rejectsMonthsAndDaysNoLunarMonthHas() {
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1)).isInstanceOf(NoSuchLunarDate.class)
                .hasMessageContaining("1 to 12");
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31)).isInstanceOf(NoSuchLunarDate.class);
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 0)).isInstanceOf(NoSuchLunarDate.class);
    }

    @Test
    void rejectsDaysOutsideTheSupportedRange() {
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(DateOutOfCalendarRange.class)
                .hasMessageContaining("1900-01-01");
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
                .isInstanceOf(DateOutOfCalendarRange.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(2300, 1, 1)))
                .isInstanceOf(DateOutOfCalendarRange.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LunarCalendar.toSolar(LunarDate.of(1899, 11, 1)))
                .isInstanceOf(DateOutOfCalendarRange.class);
    }
}
