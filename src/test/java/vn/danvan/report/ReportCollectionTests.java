package vn.danvan.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.danvan.org.Merger;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportCollectionTests extends ReportFixture {

    @BeforeEach
    void department() {
        setUpDepartment(30);
    }

    @Test
    void draftSubmitReturnResubmitApproveAndReopenKeepVersionsAndFirstSubmissionTime() {
        UUID schedule = halfYearSchedule();
        UUID division = division("Phòng Xây dựng chính quyền");
        Actor clerk = actor(Role.SPECIALIST, division);
        UUID id = collection.open(clerk, schedule, "2099-H1", division);
        assertThat(collection.open(clerk, schedule, "2099-H1", division)).isEqualTo(id);

        assertThatThrownBy(() -> collection.save(clerk, id, 0, Map.of("MEMBERS", "abc", "TAKING_PART", "-1"), Map.of()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldProblems()).hasSize(2));
        assertThat(collection.view(clerk, id).submission().figures()).isEmpty();

        long v = collection.save(clerk, id, 0, Map.of("MEMBERS", "1.200", "MEMBERS.female", "700", "TAKING_PART", "1.000"),
                Map.of("KET_QUA", "Tổ chức 12 buổi đối thoại với Nhân dân."));
        assertThatThrownBy(() -> collection.save(clerk, id, 0, Map.of("MEMBERS", "5"), Map.of()))
                .isInstanceOf(ConcurrentChange.class);
        v = collection.submit(clerk, id, v);
        var first = collection.view(clerk, id).submission().firstSubmittedAt();
        assertThat(first).isNotNull();
        assertThatThrownBy(() -> collection.save(clerk, id, 0, Map.of(), Map.of())).isInstanceOf(DomainException.class);

        v = collection.returnWithComments(officer, id, v, "Bổ sung số liệu nữ đoàn viên tham gia.");
        v = collection.save(clerk, id, v, Map.of("MEMBERS", "1.200", "TAKING_PART", "1.100"), Map.of("KET_QUA", "Đã bổ sung."));
        v = collection.submit(clerk, id, v);
        v = collection.approve(officer, id, v);
        long approved = v;
        assertThatThrownBy(() -> collection.save(clerk, id, approved, Map.of(), Map.of())).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> collection.reopen(officer, id, approved, "Sai số liệu")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> collection.reopen(director, id, approved, " ")).isInstanceOf(InvalidInput.class);
        collection.reopen(director, id, approved, "Sai số liệu tổng hợp");

        SubmissionView view = collection.view(officer, id);
        assertThat(view.submission().status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(view.submission().firstSubmittedAt()).isEqualTo(first);
        assertThat(view.history()).extracting(SubmissionView.Step::action)
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "REOPENED");
        assertThat(view.history().stream().filter(SubmissionView.Step::hasSnapshot)).hasSize(2);
        assertThat(collection.snapshot(officer, id, 1)).contains("1200");
        assertThat(view.submission().figures().get("TAKING_PART")).isEqualByComparingTo("1100");
    }

    @Test
    void refusesApprovingOnesOwnUnitAndPeriodsOutsideTheScheduleAndClosedWindows() {
        setUpDepartment(0);
        UUID schedule = halfYearSchedule();
        UUID division = division("Phòng Tổ chức biên chế");
        Actor clerk = actor(Role.SPECIALIST, division);
        Actor ownOffice = actor(Role.COORDINATING_OFFICE, division);
        assertThatThrownBy(() -> collection.open(clerk, schedule, "2026-Q1", division)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> collection.open(clerk, schedule, "2019-H1", division)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> collection.open(clerk, schedule, "2099-H1", office)).isInstanceOf(DomainException.class);

        UUID closed = collection.open(clerk, schedule, "2021-H1", division);
        assertThatThrownBy(() -> collection.submit(clerk, closed, 0)).isInstanceOf(RuleViolated.class)
                .hasMessage("report.submission.window-closed");

        UUID id = collection.open(clerk, schedule, "2099-H2", division);
        long v = collection.submit(clerk, id, 0);
        Actor both = new Actor(ownOffice.accountId(), ownOffice.username(), "x", division,
                List.of(new Actor.Grant(Role.COORDINATING_OFFICE, office, orgStructure.find(office).orElseThrow().path()),
                        new Actor.Grant(Role.COORDINATING_OFFICE, division, orgStructure.find(division).orElseThrow().path())));
        assertThatThrownBy(() -> collection.approve(both, id, v)).isInstanceOf(RuleViolated.class)
                .hasMessage("report.submission.own-unit");
        assertThatThrownBy(() -> collection.approve(clerk, id, v)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void completenessCountsEveryExpectedUnitOnceAcrossAMergerAndRollsUpSubmittedFigures() {
        UUID schedule = halfYearSchedule();
        UUID onTime = division("Phòng A");
        UUID late = division("Phòng B");
        UUID missing = division("Phòng C");
        UUID merged = division("Phòng D");
        UUID successor = unitFrom("Phòng E", UnitKind.DIVISION, department, LocalDate.of(2025, 4, 1));
        UUID draftOnly = division("Phòng G");

        received(schedule, onTime, Map.of("MEMBERS", "10", "TAKING_PART", "5", "SCORE", "80"), LocalDate.of(2025, 5, 20));
        received(schedule, late, Map.of("MEMBERS", "20", "TAKING_PART", "10", "SCORE", "90"), LocalDate.of(2025, 6, 10));
        received(schedule, merged, Map.of("MEMBERS", "30", "TAKING_PART", "30"), LocalDate.of(2025, 3, 1));
        Actor clerk = actor(Role.SPECIALIST, draftOnly);
        UUID draft = collection.open(clerk, schedule, "2025-H1", draftOnly);
        collection.save(clerk, draft, 0, Map.of("MEMBERS", "1000"), Map.of());
        orgManagement.merge(SYSTEM, new Merger(List.of(merged), successor, LocalDate.of(2025, 4, 1), true));

        Completeness c = analysis.completeness(officer, schedule, "2025-H1");
        assertThat(c.expected()).isEqualTo(5);
        assertThat(c.submitted()).isEqualTo(3);
        assertThat(c.onTime()).isEqualTo(2);
        assertThat(c.late()).isEqualTo(1);
        assertThat(c.missing()).isEqualTo(2);
        assertThat(c.lateRows()).extracting(r -> r.unit().id()).containsExactly(late);
        assertThat(c.missingRows()).extracting(r -> r.unit().id()).containsExactlyInAnyOrder(missing, draftOnly);
        assertThat(c.rows()).extracting(r -> r.unit().id()).doesNotContain(merged).contains(successor);
        assertThat(c.submittedRate()).isEqualTo(60.0);

        RollUp rollUp = analysis.rollUp(officer, schedule, "2025-H1", null, null);
        assertThat(rollUp.total().figures().get("MEMBERS")).isEqualByComparingTo("60");
        assertThat(rollUp.total().figures().get("SCORE")).isEqualByComparingTo("85");
        assertThat(rollUp.total().indicators().get("RATE")).isEqualByComparingTo("75");
        assertThat(rollUp.lines()).extracting(RollUp.Line::unitId).containsExactlyInAnyOrder(onTime, late, successor);
        assertThat(rollUp.lines().stream().filter(l -> l.unitId().equals(successor)).findFirst().orElseThrow().figures().get("MEMBERS"))
                .isEqualByComparingTo(new BigDecimal("30"));

        assertThatThrownBy(() -> analysis.completeness(clerk, schedule, "2025-H1")).isInstanceOf(DomainException.class);
    }

    private void received(UUID schedule, UUID unit, Map<String, String> figures, LocalDate on) {
        UUID id = collection.open(officerOf(unit), schedule, "2025-H1", unit);
        long v = collection.save(officerOf(unit), id, 0, figures, Map.of("KET_QUA", "Kết quả của đơn vị."));
        collection.recordReceived(officer, id, v, on);
    }

    private Actor officerOf(UUID unit) {
        return actor(Role.SPECIALIST, unit);
    }
}
