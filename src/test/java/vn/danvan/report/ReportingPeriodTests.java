package vn.danvan.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingPeriodTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void monthlyWindowRunsFromThe15thOfThePreviousMonthToThe14th() {
        ReportingPeriod march = ReportingPeriod.of(PeriodType.MONTHLY, 2026, 3);
        assertThat(march.cutOffFrom()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(march.cutOffTo()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(march.key()).isEqualTo("2026-03");
        ReportingPeriod january = ReportingPeriod.of(PeriodType.MONTHLY, 2026, 1);
        assertThat(january.cutOffFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(january.cutOffTo()).isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void quarterlyWindowsFollowTheDecree() {
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 1).cutOffFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 1).cutOffTo()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 2).cutOffFrom()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 3).cutOffTo()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 4).cutOffFrom()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(ReportingPeriod.of(PeriodType.QUARTERLY, 2026, 4).cutOffTo()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void halfYearWindowsAre15DecemberTo14JuneAnd15JuneTo14December() {
        ReportingPeriod first = ReportingPeriod.of(PeriodType.HALF_YEAR, 2026, 1);
        assertThat(first.cutOffFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(first.cutOffTo()).isEqualTo(LocalDate.of(2026, 6, 14));
        ReportingPeriod second = ReportingPeriod.of(PeriodType.HALF_YEAR, 2026, 2);
        assertThat(second.cutOffFrom()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(second.cutOffTo()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(second.key()).isEqualTo("2026-H2");
    }

    @Test
    void nineMonthWindowIs15DecemberTo14September() {
        ReportingPeriod nine = ReportingPeriod.of(PeriodType.NINE_MONTHS, 2026, 1);
        assertThat(nine.cutOffFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(nine.cutOffTo()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(nine.key()).isEqualTo("2026-9M");
    }

    @Test
    void annualWindowIs15DecemberTo14December() {
        ReportingPeriod year = ReportingPeriod.of(PeriodType.ANNUAL, 2026, 1);
        assertThat(year.cutOffFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(year.cutOffTo()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(year.key()).isEqualTo("2026");
    }

    @Test
    void adHocPeriodsCarryTheirOwnWindow() {
        ReportingPeriod adHoc = ReportingPeriod.adHoc(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20));
        assertThat(adHoc.key()).isEqualTo("ADHOC");
        assertThat(adHoc.lastMonth().getMonthValue()).isEqualTo(4);
        assertThat(adHoc.contains(LocalDate.of(2026, 4, 20))).isTrue();
        assertThat(adHoc.contains(LocalDate.of(2026, 4, 21))).isFalse();
    }

    @Test
    void keysReadBackAsTheSamePeriod() {
        for (PeriodType type : PeriodType.values()) {
            for (ReportingPeriod period : ReportingPeriod.inYear(type, 2027)) {
                assertThat(ReportingPeriod.parse(type, period.key())).isEqualTo(period);
            }
        }
    }

    @Test
    void refusesKeysOfAnotherTypeOrOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.parse(PeriodType.HALF_YEAR, "2026-Q1")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ReportingPeriod.parse(PeriodType.MONTHLY, "2026-13")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ReportingPeriod.parse(PeriodType.MONTHLY, "abc")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ReportingPeriod.parse(PeriodType.ANNUAL, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void deadlinesBeforeThe1stOfJuneAndDecemberAsInTheSeeds() {
        DeadlineRule beforeThe1st = new DeadlineRule(0, 1);
        assertThat(beforeThe1st.dueFor(ReportingPeriod.of(PeriodType.HALF_YEAR, 2026, 1))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(beforeThe1st.dueFor(ReportingPeriod.of(PeriodType.ANNUAL, 2026, 1))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(new DeadlineRule(0, 15).dueFor(ReportingPeriod.of(PeriodType.ANNUAL, 2026, 1))).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(new DeadlineRule(1, 31).dueFor(ReportingPeriod.of(PeriodType.MONTHLY, 2026, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void onTimeMeansFirstSubmittedBeforeTheDeadlineDayBegins() {
        Deadline deadline = new Deadline(LocalDate.of(2026, 6, 1), 10);
        assertThat(deadline.isOnTime(LocalDate.of(2026, 5, 31).atTime(23, 59).atZone(VIETNAM).toInstant())).isTrue();
        assertThat(deadline.isOnTime(LocalDate.of(2026, 6, 1).atStartOfDay(VIETNAM).toInstant())).isFalse();
        assertThat(deadline.isOnTime((Instant) null)).isFalse();
        assertThat(deadline.isOpenOn(LocalDate.of(2026, 6, 11))).isTrue();
        assertThat(deadline.isOpenOn(LocalDate.of(2026, 6, 12))).isFalse();
    }
}
