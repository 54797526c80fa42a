package vn.danvan.emulation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every "bad input" of the issue gets a clear message through the API and changes nothing.
 */
class EmulationBadInputTests extends EmulationFixture {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @BeforeEach
    void setUp() {
        setUpMovement(2026);
    }

    private String modelJson(String field) {
        return """
                {"kind":"COLLECTIVE","name":"Mô hình thử","unitId":"%s","field":"%s","problem":"Vấn đề","actions":"Cách làm",
                 "results":"Kết quả","startedOn":"%s"}""".formatted(deptA, field, today().minusDays(1));
    }

    private long models() {
        return count("select count(*) from emulation_model where home_movement_id = ?", movement);
    }

    @Test
    void refusesRegistrationOutsideTheRegistrationPhase() throws Exception {
        var t = today();
        UUID closed = desk.launch(organiser, new MovementDetails(province, 2025, "PROVINCE", "Phong trào đã khép lại", null,
                new Phases(t.minusDays(300), t.minusDays(290), t.minusDays(200), t.minusDays(200), t.minusDays(20),
                        t.minusDays(20), t.minusDays(10), t.minusDays(5))));
        mvc.perform(post("/api/v1/emulation/movements/" + closed + "/models").with(as(specialistA))
                        .contentType(MediaType.APPLICATION_JSON).content(modelJson("ECONOMY")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.model.registration-closed"))
                .andExpect(jsonPath("$.detail", containsString("giai đoạn đăng ký")));
        assertThat(count("select count(*) from emulation_model where home_movement_id = ?", closed)).isZero();
    }

    @Test
    void refusesAFieldOutsideTheFourFields() throws Exception {
        mvc.perform(post("/api/v1/emulation/movements/" + movement + "/models").with(as(specialistA))
                        .contentType(MediaType.APPLICATION_JSON).content(modelJson("SPORTS")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("field"))
                .andExpect(jsonPath("$.errors[0].code").value("emulation.model.field-unknown"))
                .andExpect(jsonPath("$.errors[0].message", containsString("quốc phòng – an ninh")));
        assertThat(models()).isZero();
    }

    @Test
    void refusesAScoreOutsideTheCriterionsRange() throws Exception {
        UUID id = nominated("Mô hình chấm lệch", deptA, leaderA);
        String body = "[" + String.join(",", criteria.criteria().stream().map(c -> "{\"criterionId\":\"" + c.id()
                + "\",\"score\":" + (c.name().startsWith("Tính") ? "11" : "5") + "}").toList()) + "]";
        mvc.perform(put("/api/v1/emulation/models/" + id + "/scores").with(as(memberB))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("emulation.score.out-of-range"))
                .andExpect(jsonPath("$.errors[0].message").value("Điểm tiêu chí “Tính sáng tạo” phải từ 0 đến 10."));
        assertThat(count("select count(*) from emulation_score where model_id = ?", id)).isZero();
    }

    @Test
    void refusesACouncilMemberOfTheModelsOwnUnitOrAnAncestor() throws Exception {
        UUID id = nominated("Mô hình của Sở Nội vụ", deptA, leaderA);
        String body = "[" + String.join(",", criteria.criteria().stream().map(c -> "{\"criterionId\":\"" + c.id()
                + "\",\"score\":5}").toList()) + "]";
        mvc.perform(put("/api/v1/emulation/models/" + id + "/scores").with(as(memberA))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.score.own-unit"));
        Actor provinceMember = actor(Role.EMULATION_COUNCIL, province);
        council.appoint(organiser, movement, provinceMember.username());
        mvc.perform(put("/api/v1/emulation/models/" + id + "/scores").with(as(provinceMember))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.score.own-unit"));
        assertThat(count("select count(*) from emulation_score where model_id = ?", id)).isZero();
    }

    @Test
    void refusesRecognitionBeforeEveryEligibleMemberHasScored() throws Exception {
        UUID id = nominated("Mô hình chưa đủ điểm", deptA, leaderA);
        council.score(memberB, id, scores("8", "8", "8"));
        mvc.perform(post("/api/v1/emulation/models/" + id + "/recognition").with(as(organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"PROVINCE\",\"form\":\"DIPLOMA\",\"decision\":\"12/QĐ-UBND\",\"decidedOn\":\"" + today() + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.recognise.scores-missing"))
                .andExpect(jsonPath("$.detail").value("Chưa thể công nhận: mới 1 trên 2 thành viên hội đồng chấm điểm."));
        assertThat(desk.file(organiser, id).status()).isEqualTo(ModelStatus.NOMINATED);
        assertThat(count("select count(*) from emulation_recognition where model_id = ?", id)).isZero();
    }

    @Test
    void refusesReplicatingAModelThatIsNotRecognised() throws Exception {
        UUID id = nominated("Mô hình chưa công nhận", deptA, leaderA);
        Actor specialistB = actor(Role.SPECIALIST, deptB);
        mvc.perform(post("/api/v1/emulation/models/" + id + "/replications").with(as(specialistB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":\"" + deptB + "\",\"startedOn\":\"" + today() + "\",\"results\":\"Kết quả\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.replication.not-recognised"));
        assertThat(count("select count(*) from emulation_replication where model_id = ?", id)).isZero();
    }

    @Test
    void refusesPublishingPersonalDataWithoutTheUnitsApproval() throws Exception {
        UUID id = nominated("Điển hình cần đồng ý", deptA, leaderA);
        council.score(memberB, id, scores("9", "9", "9"));
        council.score(memberC, id, scores("9", "9", "9"));
        council.recognise(organiser, id, new Recognition(null, "DIPLOMA", "7/QĐ-UBND", today()));
        mvc.perform(post("/api/v1/emulation/models/" + id + "/publication").with(as(organiser))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"includePeople\":true}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.publish.people-not-approved"));
        assertThat(desk.file(organiser, id).published()).isFalse();
        mvc.perform(get("/api/v1/emulation/showcase/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void refusesPublishingBeforeRecognition() throws Exception {
        UUID id = nominated("Mô hình chưa xét xong", deptA, leaderA);
        mvc.perform(post("/api/v1/emulation/models/" + id + "/publication").with(as(leaderA)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("emulation.publish.not-recognised"));
        assertThat(desk.file(leaderA, id).published()).isFalse();
    }

    @Test
    void refusesOversizeAndMistypedEvidence() throws Exception {
        UUID id = desk.register(specialistA, movement, model("Mô hình có ảnh", deptA));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(PNG);
        big.write(new byte[11 * 1024 * 1024]);
        mvc.perform(multipart("/api/v1/emulation/models/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", big.toByteArray())).with(as(specialistA)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("emulation.evidence.too-large"));
        mvc.perform(multipart("/api/v1/emulation/models/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "anh.jpg", "image/jpeg", "%PDF-1.7 giả ảnh".getBytes())).with(as(specialistA)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("emulation.evidence.type-mismatch"));
        mvc.perform(multipart("/api/v1/emulation/models/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "chay.exe", "image/png", "MZ\u0090 chương trình".getBytes())).with(as(specialistA)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("emulation.evidence.type-unsupported"));
        assertThat(count("select count(*) from emulation_evidence where model_id = ?", id)).isZero();
        Path stored = Path.of("target/test-data/emulation/evidence", id.toString());
        assertThat(!Files.exists(stored) || Files.list(stored).findAny().isEmpty()).isTrue();

        mvc.perform(multipart("/api/v1/emulation/models/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", PNG)).with(as(specialistA)))
                .andExpect(status().isCreated());
        assertThat(count("select count(*) from emulation_evidence where model_id = ?", id)).isOne();
    }

    @Test
    void refusesUnorderedPhasesAndNamesTheField() throws Exception {
        var t = today();
        String body = """
                {"unitId":"%s","year":2026,"level":"PROVINCE","name":"Phong trào lộn xộn","phases":{"launchedOn":"%s",
                 "registrationFrom":"%s","registrationTo":"%s","implementationFrom":"%s","implementationTo":"%s",
                 "evaluationFrom":"%s","evaluationTo":"%s","commendationOn":"%s"}}""".formatted(province, t, t.plusDays(10), t.plusDays(5),
                t.plusDays(10), t.plusDays(20), t.plusDays(20), t.plusDays(30), t.plusDays(40));
        long before = count("select count(*) from emulation_movement");
        mvc.perform(post("/api/v1/emulation/movements").with(as(organiser)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phases.registrationTo"))
                .andExpect(jsonPath("$.errors[0].code").value("emulation.movement.phases-order"));
        assertThat(count("select count(*) from emulation_movement")).isEqualTo(before);
    }

    @Test
    void showsTheShowcaseWithoutAnAccount() throws Exception {
        mvc.perform(get("/api/v1/emulation/showcase").param("q", "dan van kheo")).andExpect(status().isOk());
        mvc.perform(get("/showcase").param("q", "dan van kheo")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/emulation/movements")).andExpect(status().isUnauthorized());
    }
}
