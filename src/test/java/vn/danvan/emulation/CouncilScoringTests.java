package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilScoringTests extends EmulationFixture {

    @BeforeEach
    void setUp() {
        setUpMovement(2026);
    }

    @Test
    void followsAModelFromRegistrationToRecognitionReplicationAndTheShowcase() {
        UUID id = desk.register(specialistA, movement, model("Dân vận khéo trong cải cách hành chính", deptA));
        assertThat(desk.file(specialistA, id).status()).isEqualTo(ModelStatus.REGISTERED);
        desk.startImplementing(specialistA, id);
        desk.nominate(leaderA, id, null);

        assertThatThrownBy(() -> council.score(memberA, id, scores("9", "9", "9")))
                .isInstanceOf(RuleViolated.class).hasMessage("emulation.score.own-unit");
        council.score(memberB, id, scores("9", "9", "9"));
        CouncilSummary.Result pending = council.summary(memberB, movement).results().get(0);
        assertThat(pending.eligible()).isEqualTo(2);
        assertThat(pending.scored()).isEqualTo(1);
        assertThat(pending.result()).isNull();
        assertThat(pending.excludedMembers()).containsExactly(memberA.displayName());

        council.score(memberC, id, scores("10", "8", "10"));
        CouncilSummary.Result done = council.summary(memberC, movement).results().get(0);
        assertThat(done.result()).isEqualByComparingTo("92");
        assertThat(done.band()).isEqualTo("Tiêu biểu");
        assertThat(done.disagreement()).isFalse();

        council.recognise(organiser, id, new Recognition("PROVINCE", "DIPLOMA", "123/QĐ-UBND", today()));
        ModelFile file = desk.file(leaderA, id);
        assertThat(file.status()).isEqualTo(ModelStatus.RECOGNISED);
        assertThat(file.recognitions()).singleElement().satisfies(r -> {
            assertThat(r.form()).isEqualTo(AwardForm.DIPLOMA);
            assertThat(r.band()).isEqualTo("Tiêu biểu");
        });

        Actor specialistB = actor(Role.SPECIALIST, deptB);
        desk.replicate(specialistB, id, deptB, today(), "Áp dụng tại bộ phận một cửa, giảm 60 % số lần đi lại.");
        assertThat(desk.file(leaderA, id).replications()).extracting(ModelFile.Replication::unitId).containsExactly(deptB);

        desk.publish(leaderA, id, false);
        var found = showcase.page(new Showcase.Query("dan van kheo cai cach", null, province, 2026), vn.danvan.shared.Paging.of(0, 20));
        assertThat(found.items()).extracting(ShowcaseItem::id).containsExactly(id);
        assertThat(showcase.story(id).people()).isNull();
        assertThat(showcase.page(new Showcase.Query("nguyen van a", null, province, null), vn.danvan.shared.Paging.of(0, 20)).total())
                .isZero();

        desk.approvePeoplePublication(leaderA, id);
        desk.publish(leaderA, id, true);
        assertThat(showcase.story(id).people()).isEqualTo("Nguyễn Văn A, Trần Thị B");
    }

    @Test
    void flagsTiesAndDisagreementsBeyondTheLimit() {
        UUID first = nominated("Mô hình thứ nhất", deptA, leaderA);
        UUID second = nominated("Mô hình thứ hai", deptA, leaderA);
        council.score(memberB, first, scores("10", "10", "10"));
        council.score(memberC, first, scores("5", "5", "5"));
        council.score(memberB, second, scores("8", "7", "7"));
        council.score(memberC, second, scores("7", "8", "8"));
        List<CouncilSummary.Result> results = council.summary(organiser, movement).results();
        CouncilSummary.Result a = results.stream().filter(r -> r.modelId().equals(first)).findFirst().orElseThrow();
        CouncilSummary.Result b = results.stream().filter(r -> r.modelId().equals(second)).findFirst().orElseThrow();
        assertThat(a.result()).isEqualByComparingTo("75");
        assertThat(a.spread()).isEqualByComparingTo("50");
        assertThat(a.disagreement()).isTrue();
        assertThat(b.result()).isEqualByComparingTo("75");
        assertThat(b.disagreement()).isFalse();
        assertThat(a.tie()).isTrue();
        assertThat(b.tie()).isTrue();
    }

    @Test
    void showsTheSummaryOnlyToTheCouncilAndOrganisers() {
        Actor outsider = actor(Role.SPECIALIST, deptB);
        assertThatThrownBy(() -> council.summary(outsider, movement)).isInstanceOf(vn.danvan.shared.AccessDenied.class);
    }

    @Test
    void nominatesARecognisedModelToTheNextLevelWithItsFile() {
        UUID id = nominated("Mô hình cấp tỉnh", deptA, leaderA);
        council.score(memberB, id, scores("9", "9", "9"));
        council.score(memberC, id, scores("9", "9", "9"));
        council.recognise(organiser, id, new Recognition(null, "CERTIFICATE", "45/QĐ-BCĐ", today()));
        UUID nation = nation();
        UUID central = desk.launch(actor(Role.LEADER, nation), new MovementDetails(nation, 2026, "CENTRAL",
                "Tuyên dương điển hình toàn quốc " + unique("N"), "17-KH/BDVTW", openPhases()));
        desk.nominate(leaderA, id, central);
        ModelFile file = desk.file(leaderA, id);
        assertThat(file.status()).isEqualTo(ModelStatus.NOMINATED);
        assertThat(file.movementId()).isEqualTo(central);
        assertThat(file.nominations()).extracting(ModelFile.Nomination::movementId).containsExactly(movement, central);
        assertThat(file.recognitions()).hasSize(1);
        assertThat(file.figures()).hasSize(1);
        assertThat(file.level()).isEqualTo(Level.PROVINCE);
        assertThat(new BigDecimal("1250")).isEqualByComparingTo(file.figures().get(0).value());
    }
}
