package vn.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.danvan.plan.extraction.Comparison;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * The plan's own rules without Spring: target status, derived progress, recurrences, tasks and allocations.
 */
class PlanRulesTests {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void judgesTargetsByDirectionAndTolerance() {
        assertThat(Target.statusOf(Comparison.AT_LEAST, n("85000"), null, n("10"), null)).isEqualTo(TargetStatus.NOT_MEASURED);
        assertThat(Target.statusOf(Comparison.AT_LEAST, n("85000"), null, n("10"), n("85000"))).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(Target.statusOf(Comparison.AT_LEAST, n("85000"), null, n("10"), n("80000"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(Target.statusOf(Comparison.AT_LEAST, n("85000"), null, n("10"), n("70000"))).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(Target.statusOf(Comparison.ABOVE, n("90"), null, n("10"), n("90"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(Target.statusOf(Comparison.AT_MOST, n("2.48"), null, n("10"), n("2.6"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(Target.statusOf(Comparison.BELOW, n("2.48"), null, n("10"), n("3"))).isEqualTo(TargetStatus.OFF_TRACK);
        assertThat(Target.statusOf(Comparison.KEEP_AT, n("100"), null, n("5"), n("97"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(Target.statusOf(Comparison.RANGE, n("15"), n("16"), n("10"), n("15.5"))).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(Target.statusOf(Comparison.RANGE, n("15"), n("16"), n("10"), n("17"))).isEqualTo(TargetStatus.AT_RISK);
        assertThat(Target.statusOf(Comparison.REDUCE_BY, n("1"), null, n("10"), n("1.2"))).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(TargetStatus.ON_TRACK.worse(TargetStatus.OFF_TRACK)).isEqualTo(TargetStatus.OFF_TRACK);
    }

    @Test
    void derivesProgressFromSubTasksWithNormalisedWeightsLeavingCancelledOnesOut() {
        assertThat(TaskProgress.derived(List.of(
                new TaskProgress.Part(n("1"), TaskStatus.DONE, 100),
                new TaskProgress.Part(n("3"), TaskStatus.IN_PROGRESS, 20),
                new TaskProgress.Part(n("5"), TaskStatus.CANCELLED, 0)))).isEqualTo(40);
        assertThat(TaskProgress.derived(List.of(new TaskProgress.Part(n("1"), TaskStatus.CANCELLED, 0)))).isNull();
        assertThat(TaskProgress.derived(List.of())).isNull();
    }

    @Test
    void readsRecurrencesAsPlansWriteThem() {
        LocalDate may = LocalDate.of(2026, 5, 20);
        assertThat(Recurrence.parse("định kỳ 6 tháng").nextDue(may)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Recurrence.parse("Định kỳ 6 tháng, năm").months()).isEqualTo(6);
        assertThat(Recurrence.parse("hằng năm").nextDue(may)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Recurrence.parse("hàng quý").nextDue(may)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Recurrence.parse("hằng tháng").nextDue(may)).isEqualTo(LocalDate.of(2026, 5, 31));
        Recurrence december = Recurrence.parse("trước 15/12 hằng năm");
        assertThat(december.day()).isEqualTo(MonthDay.of(12, 15));
        assertThat(december.nextDue(LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 12, 15));
        assertThat(Recurrence.parse("trước ngày 15 tháng 12 hàng năm").day()).isEqualTo(MonthDay.of(12, 15));
        assertThat(Recurrence.parse("  ")).isNull();
        assertThatThrownBy(() -> Recurrence.parse("khi cần")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Recurrence.parse("trước 31/2 hằng năm")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void keepsTaskRulesAndAllocations() {
        UUID lead = UUID.randomUUID();
        NewTask noLead = new NewTask(null, null, "Nhiệm vụ", null, null, List.of(), null, null, null, null);
        assertThatThrownBy(() -> Task.of(UUID.randomUUID(), 1, noLead, null, "a", Instant.now())).isInstanceOf(InvalidInput.class);
        Task task = Task.of(UUID.randomUUID(), 1, new NewTask(null, null, "Nhiệm vụ", null, lead, List.of(), null, null, null,
                null), null, "a", Instant.now());
        task.report(null, 100, false, "a", Instant.now());
        assertThat(task.status()).isEqualTo(TaskStatus.DONE);
        assertThatThrownBy(() -> task.report(TaskStatus.DONE, 50, false, "a", Instant.now())).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> task.report(null, 30, true, "a", Instant.now())).isInstanceOf(RuleViolated.class);
        assertThat(task.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();

        Target target = Target.of(UUID.randomUUID(), 1, NewTarget.written("Việc làm", "85.000 lao động", null, null, null), null);
        target.allocate(List.of(new Allocation(UUID.randomUUID(), n("40000")), new Allocation(UUID.randomUUID(), n("45000"))));
        assertThat(target.allocations()).hasSize(2);
        assertThatThrownBy(() -> target.allocate(List.of(new Allocation(lead, n("85001"))))).isInstanceOf(InvalidInput.class);
        assertThat(target.allocations()).hasSize(2);
        assertThatThrownBy(() -> Period.years(2030, 2025)).isInstanceOf(InvalidInput.class);
    }
}
