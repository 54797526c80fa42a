package vn.danvan.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private final WorkingCalendar computed = WorkingCalendar.withComputedHolidays();

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    /**
     * The 2025 schedule for state agencies: Tết 25/01–02/02 and Quốc khánh 31/08–03/09 as VIETNAM.md §7.1 records;
     * the 30/04 break with Saturday 26/04 worked in exchange for Friday 02/05 is illustrative of a ngày làm bù.
     */
    static OfficialSchedule official2025() {
        List<NamedDay> daysOff = new ArrayList<>();
        daysOff.add(new NamedDay(day(2025, 1, 1), "Tết Dương lịch"));
        for (LocalDate d = day(2025, 1, 25); !d.isAfter(day(2025, 2, 2)); d = d.plusDays(1)) {
            daysOff.add(new NamedDay(d, "Tết Nguyên đán"));
        }
        daysOff.add(new NamedDay(day(2025, 4, 7), "Giỗ Tổ Hùng Vương"));
        daysOff.add(new NamedDay(day(2025, 4, 30), "Ngày Chiến thắng"));
        daysOff.add(new NamedDay(day(2025, 5, 1), "Quốc tế Lao động"));
        daysOff.add(new NamedDay(day(2025, 5, 2), "Nghỉ hoán đổi"));
        for (LocalDate d = day(2025, 8, 31); !d.isAfter(day(2025, 9, 3)); d = d.plusDays(1)) {
            daysOff.add(new NamedDay(d, "Quốc khánh"));
        }
        return new OfficialSchedule(2025, daysOff, List.of(new NamedDay(day(2025, 4, 26), "Làm bù cho ngày 02/5")));
    }

    @Nested
    class WorkingDays {

        @Test
        void weekendsAreNotWorkingDays() {
            assertThat(computed.isWorkingDay(day(2026, 3, 7))).isFalse();
            assertThat(computed.isWorkingDay(day(2026, 3, 8))).isFalse();
            assertThat(computed.isWorkingDay(day(2026, 3, 9))).isTrue();
        }

        @Test
        void fixedSolarHolidaysAreDaysOff() {
            assertThat(List.of(day(2026, 1, 1), day(2026, 4, 30), day(2026, 5, 1), day(2026, 9, 1), day(2026, 9, 2)))
                    .noneMatch(computed::isWorkingDay);
            assertThat(computed.isWorkingDay(day(2026, 9, 3))).isTrue();
        }

        @Test
        void nationalDayCompanionCanBeTheDayAfter() {
            WorkingCalendar calendar = new WorkingCalendar(
                    HolidayRules.LABOUR_CODE_2019.withNationalDayCompanion(NationalDayCompanion.DAY_AFTER),
                    OfficialSchedules.none());

            assertThat(calendar.isWorkingDay(day(2026, 9, 1))).isTrue();
            assertThat(calendar.isWorkingDay(day(2026, 9, 3))).isFalse();
        }

        @Test
        void tetTakesTheLastDayOfTheLunarYearAndTheFirstFourDaysByDefault() {
            assertThat(computed.daysOff(2026))
                    .filteredOn(d -> d.name().equals("Tết Nguyên đán"))
                    .extracting(DayOff::date)
                    .containsExactly(day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19),
                            day(2026, 2, 20));
        }

        @Test
        void tetPatternCanBeTwoDaysBeforeAndThreeFromNewYear() {
            WorkingCalendar calendar = new WorkingCalendar(
                    HolidayRules.LABOUR_CODE_2019.withTetPattern(TetPattern.TWO_BEFORE_THREE_AFTER),
                    OfficialSchedules.none());

            // 15/02/2026 is a Sunday, so its day in lieu is Friday 20/02, the first working day after the break.
            assertThat(calendar.daysOff(2026))
                    .filteredOn(d -> d.name().endsWith("Tết Nguyên đán"))
                    .extracting(DayOff::date, DayOff::name)
                    .containsExactly(
                            tuple(day(2026, 2, 15), "Tết Nguyên đán"),
                            tuple(day(2026, 2, 16), "Tết Nguyên đán"),
                            tuple(day(2026, 2, 17), "Tết Nguyên đán"),
                            tuple(day(2026, 2, 18), "Tết Nguyên đán"),
                            tuple(day(2026, 2, 19), "Tết Nguyên đán"),
                            tuple(day(2026, 2, 20), "Nghỉ bù Tết Nguyên đán"));
        }

        @Test
        void hungKingsCommemorationOnASundayGivesMondayOff() {
            assertThat(day(2026, 4, 26).getDayOfWeek()).hasToString("SUNDAY");

            assertThat(computed.daysOff(2026))
                    .contains(new DayOff(day(2026, 4, 26), "Giỗ Tổ Hùng Vương", ScheduleSource.COMPUTED),
                            new DayOff(day(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", ScheduleSource.COMPUTED));
            assertThat(computed.isWorkingDay(day(2026, 4, 27))).isFalse();
            assertThat(computed.isWorkingDay(day(2026, 4, 28))).isTrue();
        }

        @Test
        void tetOverAWeekendGivesOneDayInLieuPerWeekendDayAfterTheBreak() {
            // Tết 2027 is Saturday 06/02: the break runs Friday 05/02 to Tuesday 09/02.
            assertThat(computed.daysOff(2027))
                    .filteredOn(d -> d.name().startsWith("Nghỉ bù"))
                    .extracting(DayOff::date, DayOff::name)
                    .containsExactly(
                            tuple(day(2027, 2, 10), "Nghỉ bù Tết Nguyên đán"),
                            tuple(day(2027, 2, 11), "Nghỉ bù Tết Nguyên đán"),
                            tuple(day(2027, 5, 3), "Nghỉ bù Quốc tế Lao động"));
        }

        @Test
        void newYearsDayOnASaturdayGivesMondayOff() {
            assertThat(computed.daysOff(2028)).contains(
                    new DayOff(day(2028, 1, 1), "Tết Dương lịch", ScheduleSource.COMPUTED),
                    new DayOff(day(2028, 1, 3), "Nghỉ bù Tết Dương lịch", ScheduleSource.COMPUTED));
        }

        @Test
        void daysOffOfAYearCarryTheirVietnameseNamesAndSource() {
            assertThat(computed.daysOff(2026))
                    .extracting(DayOff::date, DayOff::name, DayOff::source)
                    .containsExactly(
                            tuple(day(2026, 1, 1), "Tết Dương lịch", ScheduleSource.COMPUTED),
                            tuple(day(2026, 2, 16), "Tết Nguyên đán", ScheduleSource.COMPUTED),
                            tuple(day(2026, 2, 17), "Tết Nguyên đán", ScheduleSource.COMPUTED),
                            tuple(day(2026, 2, 18), "Tết Nguyên đán", ScheduleSource.COMPUTED),
                            tuple(day(2026, 2, 19), "Tết Nguyên đán", ScheduleSource.COMPUTED),
                            tuple(day(2026, 2, 20), "Tết Nguyên đán", ScheduleSource.COMPUTED),
                            tuple(day(2026, 4, 26), "Giỗ Tổ Hùng Vương", ScheduleSource.COMPUTED),
                            tuple(day(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", ScheduleSource.COMPUTED),
                            tuple(day(2026, 4, 30), "Ngày Chiến thắng", ScheduleSource.COMPUTED),
                            tuple(day(2026, 5, 1), "Quốc tế Lao động", ScheduleSource.COMPUTED),
                            tuple(day(2026, 9, 1), "Quốc khánh", ScheduleSource.COMPUTED),
                            tuple(day(2026, 9, 2), "Quốc khánh", ScheduleSource.COMPUTED));
            assertThat(computed.swappedWorkingDays(2026)).isEmpty();
        }

        @Test
        void holidaysOnTheSameDateGiveOneDayOff() {
            assertThat(computed.daysOff(1947))
                    .filteredOn(d -> d.date().equals(day(1947, 4, 30)))
                    .extracting(DayOff::name)
                    .containsExactly("Giỗ Tổ Hùng Vương, Ngày Chiến thắng");
        }

        @Test
        void leapDayIsAnOrdinaryDay() {
            assertThat(computed.isWorkingDay(day(2028, 2, 29))).isTrue();
            assertThat(computed.addCalendarDays(day(2028, 2, 28), 1)).isEqualTo(day(2028, 2, 29));
            assertThat(computed.addWorkingDays(day(2028, 2, 28), 1)).isEqualTo(day(2028, 2, 29));
            assertThat(computed.addCalendarDays(day(2100, 2, 28), 1)).isEqualTo(day(2100, 3, 1));
            assertThat(computed.workingDaysBetween(day(2028, 2, 25), day(2028, 3, 1))).isEqualTo(3);
        }

        @Test
        void rejectsDaysOutsideTheCoveredYears() {
            assertThatThrownBy(() -> computed.isWorkingDay(day(1899, 12, 31)))
                    .isInstanceOf(DateOutOfCalendarRange.class)
                    .hasMessageContaining("1899");
            assertThatThrownBy(() -> computed.daysOff(2200)).isInstanceOf(DateOutOfCalendarRange.class);
            assertThatThrownBy(() -> computed.addWorkingDays(day(2199, 12, 30), 5))
                    .isInstanceOf(DateOutOfCalendarRange.class)
                    .hasMessageContaining("5 working days after 2199-12-30");
        }
    }

    @Nested
    class OfficialScheduleYears {

        private final WorkingCalendar calendar = new WorkingCalendar(HolidayRules.LABOUR_CODE_2019,
                OfficialSchedules.of(official2025()));

        @Test
        void officialScheduleOverridesComputedHolidays() {
            // Computed: Tết 28/01–01/02 with Monday 03/02 in lieu of Saturday 01/02.
            assertThat(computed.isWorkingDay(day(2025, 1, 27))).isTrue();
            assertThat(computed.isWorkingDay(day(2025, 2, 3))).isFalse();
            assertThat(computed.isWorkingDay(day(2025, 9, 3))).isTrue();

            assertThat(calendar.isWorkingDay(day(2025, 1, 27))).isFalse();
            assertThat(calendar.isWorkingDay(day(2025, 2, 3))).isTrue();
            assertThat(calendar.isWorkingDay(day(2025, 9, 3))).isFalse();
            assertThat(calendar.daysOff(2025))
                    .allMatch(d -> d.source() == ScheduleSource.OFFICIAL)
                    .noneMatch(d -> d.name().startsWith("Nghỉ bù"))
                    .filteredOn(d -> d.name().equals("Tết Nguyên đán"))
                    .hasSize(9);
        }

        @Test
        void officialScheduleKeepsWeekendsExceptSwappedWorkingDays() {
            assertThat(calendar.isWorkingDay(day(2025, 4, 26))).isTrue();
            assertThat(calendar.isWorkingDay(day(2025, 4, 27))).isFalse();
            assertThat(calendar.isWorkingDay(day(2025, 5, 2))).isFalse();
            assertThat(calendar.isWorkingDay(day(2025, 3, 15))).isFalse();
            assertThat(calendar.swappedWorkingDays(2025)).containsExactly(
                    new SwappedWorkingDay(day(2025, 4, 26), "Làm bù cho ngày 02/5", ScheduleSource.OFFICIAL));
        }

        @Test
        void yearsWithoutAnOfficialScheduleKeepTheComputedHolidays() {
            assertThat(calendar.daysOff(2026)).isEqualTo(computed.daysOff(2026));
            assertThat(calendar.daysOff(2024)).allMatch(d -> d.source() == ScheduleSource.COMPUTED);
        }

        @Test
        void workingDayPeriodsFollowTheOfficialSchedule() {
            // Received Wednesday 22/01/2025; 3 working days.
            assertThat(computed.deadline(day(2025, 1, 22), TimeLimit.workingDays(3))).isEqualTo(day(2025, 1, 27));
            assertThat(calendar.deadline(day(2025, 1, 22), TimeLimit.workingDays(3))).isEqualTo(day(2025, 2, 3));
        }

        @Test
        void changedOfficialScheduleTakesEffectOnceAnnounced() {
            Map<Integer, OfficialSchedule> store = new ConcurrentHashMap<>();
            WorkingCalendar calendar = new WorkingCalendar(HolidayRules.LABOUR_CODE_2019,
                    year -> Optional.ofNullable(store.get(year)));
            assertThat(calendar.isWorkingDay(day(2025, 1, 27))).isTrue();

            store.put(2025, official2025());
            assertThat(calendar.isWorkingDay(day(2025, 1, 27))).as("cached until announced").isTrue();
            calendar.officialScheduleChanged(2025);
            assertThat(calendar.isWorkingDay(day(2025, 1, 27))).isFalse();

            store.remove(2025);
            calendar.officialSchedulesChanged();
            assertThat(calendar.isWorkingDay(day(2025, 1, 27))).isTrue();
        }

        @Test
        void rejectsASchedulesListingDaysOfAnotherYear() {
            assertThatThrownBy(() -> new OfficialSchedule(2025,
                    List.of(new NamedDay(day(2024, 12, 31), "Tết Dương lịch")), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2024-12-31");
        }

        @Test
        void rejectsADayListedBothOffAndWorking() {
            assertThatThrownBy(() -> new OfficialSchedule(2025,
                    List.of(new NamedDay(day(2025, 4, 26), "Nghỉ")), List.of(new NamedDay(day(2025, 4, 26), "Làm bù"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("both");
        }
    }

    @Nested
    class Deadlines {

        /** Saturday 14/02/2026, three days before Tết Bính Ngọ (Tuesday 17/02). */
        private final LocalDate threeDaysBeforeTet2026 = day(2026, 2, 14);

        @Test
        void complaintAcceptedThreeDaysBeforeTetHasTenDaysUntilTuesdayAfterTheBreak() {
            assertThat(computed.deadline(threeDaysBeforeTet2026, TimeLimit.days(10))).isEqualTo(day(2026, 2, 24));
        }

        @Test
        void complaintAcceptedThreeDaysBeforeTetHasTenWorkingDaysUntilFridayTwoWeeksAfterTheBreak() {
            assertThat(computed.deadline(threeDaysBeforeTet2026, TimeLimit.workingDays(10))).isEqualTo(day(2026, 3, 6));
            assertThat(computed.workingDaysBetween(threeDaysBeforeTet2026, day(2026, 3, 6))).isEqualTo(10);
        }

        @Test
        void periodStartsTheDayAfterTheTriggeringDay() {
            assertThat(computed.deadline(day(2026, 3, 2), TimeLimit.days(1))).isEqualTo(day(2026, 3, 3));
            assertThat(computed.deadline(day(2026, 3, 2), TimeLimit.workingDays(1))).isEqualTo(day(2026, 3, 3));
        }

        @Test
        void periodEndingOnTetMovesToNextWorkingDay() {
            // 12/02 + 5 days = Tuesday 17/02, Tết; the break and the weekend after it push the end to Monday 23/02.
            assertThat(computed.deadline(day(2026, 2, 12), TimeLimit.days(5))).isEqualTo(day(2026, 2, 23));
        }

        @Test
        void periodEndingOnSaturdayMovesToMonday() {
            assertThat(computed.deadline(day(2026, 3, 2), TimeLimit.days(5))).isEqualTo(day(2026, 3, 9));
        }

        @Test
        void periodEndingOnADayInLieuMovesToTheDayAfterIt() {
            // 16/04 + 11 days = Monday 27/04, the day off in lieu of Giỗ Tổ on Sunday 26/04.
            assertThat(computed.deadline(day(2026, 4, 16), TimeLimit.days(11))).isEqualTo(day(2026, 4, 28));
        }

        @Test
        void workingDayPeriodsSkipWeekendsAndHolidays() {
            // Thursday 23/04/2026 + 3 working days: Fri 24, (Giỗ Tổ Sun 26, in lieu Mon 27) Tue 28, Wed 29.
            assertThat(computed.addWorkingDays(day(2026, 4, 23), 3)).isEqualTo(day(2026, 4, 29));
        }

        @Test
        void periodsCrossTheYearBoundary() {
            // Tết Dương lịch 2027 is a Friday.
            assertThat(computed.addWorkingDays(day(2026, 12, 30), 2)).isEqualTo(day(2027, 1, 4));
            assertThat(computed.deadline(day(2026, 12, 22), TimeLimit.days(10))).isEqualTo(day(2027, 1, 4));
            assertThat(computed.workingDaysBetween(day(2026, 12, 30), day(2027, 1, 4))).isEqualTo(2);
            assertThat(computed.addWorkingDays(day(2026, 12, 31), 250)).isEqualTo(day(2027, 12, 31));
        }

        @Test
        void zeroDaysLeaveTheDayAsItIs() {
            LocalDate sunday = day(2026, 3, 8);
            assertThat(computed.addCalendarDays(sunday, 0)).isEqualTo(sunday);
            assertThat(computed.addWorkingDays(sunday, 0)).isEqualTo(sunday);
        }

        @Test
        void zeroDayPeriodEndsWithTheTriggeringDayOrTheNextWorkingDay() {
            assertThat(computed.deadline(day(2026, 3, 6), TimeLimit.days(0))).isEqualTo(day(2026, 3, 6));
            assertThat(computed.deadline(day(2026, 3, 7), TimeLimit.days(0))).isEqualTo(day(2026, 3, 9));
            assertThat(computed.deadline(day(2026, 3, 7), TimeLimit.workingDays(0))).isEqualTo(day(2026, 3, 9));
        }

        @Test
        void rejectsNegativeDayCounts() {
            assertThatThrownBy(() -> TimeLimit.days(-1))
                    .isInstanceOf(NegativeDayCount.class)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
            assertThatThrownBy(() -> computed.addCalendarDays(day(2026, 3, 2), -3))
                    .isInstanceOf(NegativeDayCount.class);
            assertThatThrownBy(() -> computed.addWorkingDays(day(2026, 3, 2), -3))
                    .isInstanceOf(NegativeDayCount.class);
        }

        @Test
        void workingDaysBetweenCountsTheDaysLeftAndTheDaysOverdue() {
            assertThat(computed.workingDaysBetween(day(2026, 3, 2), day(2026, 3, 2))).isZero();
            assertThat(computed.workingDaysBetween(day(2026, 3, 2), day(2026, 3, 9))).isEqualTo(5);
            assertThat(computed.workingDaysBetween(day(2026, 3, 9), day(2026, 3, 2))).isEqualTo(-5);
            assertThat(computed.workingDaysBetween(day(2024, 12, 31), day(2026, 12, 31)))
                    .isEqualTo(computed.workingDaysBetween(day(2024, 12, 31), day(2025, 12, 31))
                            + computed.workingDaysBetween(day(2025, 12, 31), day(2026, 12, 31)));
        }
    }
}
