package vn.danvan.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LunarCalendarProperties {

    private static final long SUPPORTED_DAYS =
            LunarCalendar.LATEST.toEpochDay() - LunarCalendar.EARLIEST.toEpochDay() + 1;

    @Property(tries = 110_000, generation = GenerationMode.EXHAUSTIVE)
    void everySolarDaySurvivesTheRoundTrip(@ForAll("everySupportedDay") LocalDate day) {
        assertThat(LunarCalendar.toSolar(LunarCalendar.toLunar(day))).isEqualTo(day);
    }

    @Property
    void lunarMonthsHave29Or30Days(@ForAll("supportedDays") LocalDate day) {
        LunarDate lunar = LunarCalendar.toLunar(day);
        int length = LunarCalendar.daysInMonth(lunar.year(), lunar.month(), lunar.leap());
        assertThat(length).isBetween(29, 30);
        assertThat(lunar.day()).isLessThanOrEqualTo(length);
    }

    @Property
    void theNextDayIsTheNextLunarDayOrTheFirstOfTheNextMonth(@ForAll("supportedDays") LocalDate day) {
        if (day.equals(LunarCalendar.LATEST)) {
            return;
        }
        LunarDate today = LunarCalendar.toLunar(day);
        LunarDate tomorrow = LunarCalendar.toLunar(day.plusDays(1));
        if (today.day() < LunarCalendar.daysInMonth(today.year(), today.month(), today.leap())) {
            assertThat(tomorrow).isEqualTo(new LunarDate(today.year(), today.month(), today.day() + 1, today.leap()));
        } else {
            assertThat(tomorrow.day()).isEqualTo(1);
        }
    }

    @Property
    void lunarYearsLastTwelveOrThirteenMonths(@ForAll @IntRange(min = 1900, max = 2198) int year) {
        long length = LunarCalendar.newYear(year + 1).toEpochDay() - LunarCalendar.newYear(year).toEpochDay();
        if (LunarCalendar.leapMonth(year).isPresent()) {
            assertThat(length).isBetween(383L, 385L);
        } else {
            assertThat(length).isBetween(353L, 355L);
        }
    }

    @Property
    void tetFallsBetween21JanuaryAnd20February(@ForAll @IntRange(min = 1900, max = 2199) int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        assertThat(tet).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
    }

    @Provide
    Arbitrary<LocalDate> everySupportedDay() {
        return Arbitraries.longs().between(0, SUPPORTED_DAYS - 1)
                .map(offset -> LunarCalendar.EARLIEST.plusDays(offset));
    }

    @Provide
    Arbitrary<LocalDate> supportedDays() {
        return everySupportedDay();
    }
}
