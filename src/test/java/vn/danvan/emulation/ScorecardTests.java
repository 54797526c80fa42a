package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardTests extends IntegrationTest {

    @Autowired
    ScorecardDesk scorecards;

    UUID homeAffairs;
    UUID justice;
    UUID health;
    Actor grader;
    UUID template;
    List<ScorecardTemplate.Item> items;

    @BeforeEach
    void setUp() {
        UUID province = province("Tỉnh Chấm Điểm " + unique("P"));
        UUID committee = unit("Ủy ban nhân dân", UnitKind.PEOPLES_COMMITTEE, province);
        homeAffairs = unit("Sở Nội vụ", UnitKind.DEPARTMENT, committee);
        justice = unit("Sở Tư pháp", UnitKind.DEPARTMENT, committee);
        health = unit("Sở Y tế", UnitKind.DEPARTMENT, committee);
        grader = actor(Role.COORDINATING_OFFICE, homeAffairs);
        template = scorecards.defineTemplate(grader, new NewScorecardTemplate(homeAffairs, 2025, "Phiếu chấm dân vận chính quyền 2025",
                List.of(new NewScorecardTemplate.NewItem("Triển khai văn bản về dân vận chính quyền", new BigDecimal("10"), true),
                        new NewScorecardTemplate.NewItem("Tiếp công dân, giải quyết khiếu nại, tố cáo", new BigDecimal("10"), false),
                        new NewScorecardTemplate.NewItem("Phối hợp với Mặt trận và các đoàn thể", new BigDecimal("20"), false),
                        new NewScorecardTemplate.NewItem("Cải cách hành chính", new BigDecimal("20"), true),
                        new NewScorecardTemplate.NewItem("Thực hiện dân chủ ở cơ sở", new BigDecimal("20"), false),
                        new NewScorecardTemplate.NewItem("Xây dựng mô hình “Dân vận khéo”", new BigDecimal("20"), false)),
                List.of(new vn.danvan.emulation.CriteriaSet.Band(new BigDecimal("90"), "Xuất sắc"),
                        new vn.danvan.emulation.CriteriaSet.Band(new BigDecimal("80"), "Tốt"),
                        new vn.danvan.emulation.CriteriaSet.Band(new BigDecimal("65"), "Khá"),
                        new vn.danvan.emulation.CriteriaSet.Band(new BigDecimal("50"), "Trung bình"))));
        items = scorecards.template(template).items();
    }

    private List<ScorecardDesk.SelfScore> self(String... points) {
        return java.util.stream.IntStream.range(0, points.length).mapToObj(i -> new ScorecardDesk.SelfScore(items.get(i).id(),
                new BigDecimal(points[i]), items.get(i).evidenceRequired() ? "Báo cáo số " + i + "/BC" : null)).toList();
    }

    @Test
    void anAgencySelfAssessesAndTheGraderAdjustsWithReasonsThenRanks() {
        Actor justiceStaff = actor(Role.SPECIALIST, justice);
        UUID card = scorecards.assess(justiceStaff, template, justice, self("10", "9", "18", "19", "18", "17"), null);
        scorecards.submit(justiceStaff, card);
        assertThat(scorecards.scorecard(justiceStaff, card).selfTotal()).isEqualByComparingTo("91");

        assertThatThrownBy(() -> scorecards.grade(grader, card, List.of(new ScorecardDesk.Adjustment(items.get(3).id(),
                new BigDecimal("12"), " ")), null)).isInstanceOf(InvalidInput.class);
        assertThat(scorecards.scorecard(grader, card).status()).isEqualTo(ScorecardStatus.SUBMITTED);

        scorecards.grade(grader, card, List.of(new ScorecardDesk.Adjustment(items.get(3).id(), new BigDecimal("12"),
                "Chưa hoàn thành chỉ tiêu một cửa liên thông")), null);
        ScorecardView graded = scorecards.scorecard(justiceStaff, card);
        assertThat(graded.finalTotal()).isEqualByComparingTo("84");
        assertThat(graded.grade()).isEqualTo("Tốt");
        assertThat(graded.entries().get(3).reason()).isEqualTo("Chưa hoàn thành chỉ tiêu một cửa liên thông");

        Actor healthStaff = actor(Role.LEADER, health);
        UUID other = scorecards.assess(healthStaff, template, health, self("10", "10", "20", "20", "19", "18"), null);
        scorecards.submit(healthStaff, other);
        scorecards.grade(grader, other, List.of(), null);

        List<ScorecardView.Standing> ranking = scorecards.ranking(grader, template);
        assertThat(ranking).extracting(ScorecardView.Standing::unitId).containsExactly(health, justice);
        assertThat(ranking).extracting(ScorecardView.Standing::rank).containsExactly(1, 2);
        assertThat(ranking.get(0).grade()).isEqualTo("Xuất sắc");
        assertThat(scorecards.ranking(justiceStaff, template)).extracting(ScorecardView.Standing::unitId).containsExactly(justice);
        assertThat(scorecards.history(justiceStaff, justice)).extracting(ScorecardView.Standing::year).containsExactly(2025);
    }

    @Test
    void refusesSubmittingWithoutRequiredEvidenceOrPointsAboveTheMaximum() {
        Actor staff = actor(Role.SPECIALIST, justice);
        assertThatThrownBy(() -> scorecards.assess(staff, template, justice, self("11", "9", "18", "19", "18", "17"), null))
                .isInstanceOf(InvalidInput.class);
        List<ScorecardDesk.SelfScore> noEvidence = self("10", "9", "18", "19", "18", "17").stream()
                .map(s -> new ScorecardDesk.SelfScore(s.itemId(), s.score(), null)).toList();
        UUID card = scorecards.assess(staff, template, justice, noEvidence, null);
        assertThatThrownBy(() -> scorecards.submit(staff, card)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).fieldProblems()).extracting(p -> p.code())
                        .containsOnly("emulation.scorecard.evidence-required"));
        assertThat(scorecards.scorecard(staff, card).status()).isEqualTo(ScorecardStatus.DRAFT);
        assertThatThrownBy(() -> scorecards.grade(grader, card, List.of(), null)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> scorecards.assess(actor(Role.SPECIALIST, health), template, justice, noEvidence, null))
                .isInstanceOf(vn.danvan.shared.AccessDenied.class);
    }
}
