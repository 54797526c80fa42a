package vn.danvan.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarProperties {

    private final WorkingCalendar calendar = new WorkingCalendar(HolidayRules.LABOUR_CODE_2019,
            OfficialSchedules.of(WorkingCalendarTests.official2025()));

    @Property(tries = 2000)
    void addingWorkingDaysAgreesWithCountingThemOneByOne(@ForAll("days") LocalDate from,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        LocalDate expected = from;
        for (int counted = 0; counted < days; ) {
            expected = expected.plusDays(1);
            if (calendar.isWorkingDay(expected)) {
                counted++;
            }
        }
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(days);
    }

    @Property(tries = 2000)
    void deadlinesEndOnAWorkingDayNoEarlierThanTheNominalLastDay(@ForAll("days") LocalDate from,
            @ForAll @IntRange(min = 1, max = 90) int days) {
        LocalDate inDays = calendar.deadline(from, TimeLimit.days(days));
        LocalDate inWorkingDays = calendar.deadline(from, TimeLimit.workingDays(days));

        assertThat(calendar.isWorkingDay(inDays)).isTrue();
        assertThat(inDays).isAfterOrEqualTo(from.plusDays(days));
        for (LocalDate d = from.plusDays(days); d.isBefore(inDays); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).isFalse();
        }
        assertThat(calendar.isWorkingDay(inWorkingDays)).isTrue();
        assertThat(inWorkingDays).isAfterOrEqualTo(inDays);
    }

    @Property(tries = 300)
    void everyYearHasBetween240And255WorkingDays(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        // 01/01 is always a holiday, so counting after it misses no working day.
        int workingDays = calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(workingDays).isBetween(240, 255);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 300 * 366)
                .map(offset -> LocalDate.of(2020, 1, 1).plusDays(offset % (15 * 366)))
                .injectDuplicates(0.05);
    }
}
