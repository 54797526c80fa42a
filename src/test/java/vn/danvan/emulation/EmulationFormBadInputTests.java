package vn.danvan.emulation;

import java.io.ByteArrayOutputStream;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.shared.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every "bad input" of the issue, sent through the pages' forms: the page comes back with a clear message in
 * Vietnamese, nothing is changed, and never a server error.
 */
class EmulationFormBadInputTests extends EmulationFixture {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @BeforeEach
    void setUp() {
        setUpMovement(2026);
    }

    /** Posts the form, follows the redirect with its flash and returns the page the user then sees. */
    private String refused(Actor actor, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult result = mvc.perform(request.with(as(actor)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("refusals")).isNotNull();
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as(actor)).flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder registration(UUID movementId, String field) {
        return post("/emulation/movements/" + movementId + "/models").param("kind", "COLLECTIVE").param("name", "Mô hình biểu mẫu")
                .param("unitId", deptA.toString()).param("field", field).param("problem", "Vấn đề").param("actions", "Cách làm")
                .param("results", "Kết quả").param("startedOn", today().minusDays(2).toString());
    }

    private long models(UUID movementId) {
        return count("select count(*) from emulation_model where home_movement_id = ?", movementId);
    }

    @Test
    void refusesRegistrationOutsideThePhaseAndAFieldNotInTheList() throws Exception {
        var t = today();
        UUID closed = desk.launch(organiser, new MovementDetails(province, 2025, "PROVINCE", "Phong trào đã khép lại", null,
                new Phases(t.minusDays(300), t.minusDays(290), t.minusDays(200), t.minusDays(200), t.minusDays(20),
                        t.minusDays(20), t.minusDays(10), t.minusDays(5))));
        mvc.perform(registration(closed, "ECONOMY").with(as(specialistA)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ đăng ký được trong giai đoạn đăng ký")));
        mvc.perform(registration(movement, "THE_THAO").with(as(specialistA)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lĩnh vực không có trong danh sách")));
        assertThat(models(closed)).isZero();
        assertThat(models(movement)).isZero();
    }

    @Test
    void refusesScoresOutOfRangeAndAMemberOfTheModelsOwnUnit() throws Exception {
        UUID id = nominated("Mô hình chấm qua biểu mẫu", deptA, leaderA);
        var outOfRange = post("/emulation/models/" + id + "/scores");
        var ownUnit = post("/emulation/models/" + id + "/scores");
        for (var c : criteria.criteria()) {
            outOfRange = outOfRange.param("score-" + c.id(), "11");
            ownUnit = ownUnit.param("score-" + c.id(), "9");
        }
        assertThat(refused(memberB, outOfRange)).contains("phải từ 0 đến 10");
        assertThat(refused(memberA, ownUnit)).contains("không chấm mô hình của đơn vị mình (Sở Nội vụ thử)");
        assertThat(count("select count(*) from emulation_score where model_id = ?", id)).isZero();
    }

    @Test
    void refusesRecognitionBeforeEveryoneScoredAndReplicationOfAnUnrecognisedModel() throws Exception {
        UUID id = nominated("Mô hình chưa đủ điểm", deptA, leaderA);
        council.score(memberB, id, scores("9", "9", "9"));
        String page = refused(organiser, post("/emulation/models/" + id + "/recognition").param("level", "PROVINCE")
                .param("form", "DIPLOMA").param("decision", "Quyết định 1/QĐ-UBND").param("decidedOn", today().toString()));
        assertThat(page).contains("mới 1 trên 2 thành viên hội đồng chấm điểm");
        assertThat(refused(organiser, post("/emulation/models/" + id + "/replications").param("unitId", deptB.toString())
                .param("startedOn", today().toString()).param("results", "Kết quả nhân rộng")))
                .contains("Chỉ nhân rộng mô hình đã được công nhận");
        assertThat(count("select count(*) from emulation_recognition where model_id = ?", id)).isZero();
        assertThat(count("select count(*) from emulation_replication where model_id = ?", id)).isZero();
        assertThat(desk.file(organiser, id).status()).isEqualTo(ModelStatus.NOMINATED);
    }

    @Test
    void refusesPublishingPersonalDataWithoutTheUnitsApproval() throws Exception {
        UUID id = nominated("Mô hình có tên người", deptA, leaderA);
        for (Actor member : java.util.List.of(memberB, memberC)) {
            council.score(member, id, scores("9", "9", "9"));
        }
        council.recognise(organiser, id, new Recognition("PROVINCE", "DIPLOMA", "Quyết định 2/QĐ-UBND", today()));
        assertThat(refused(organiser, post("/emulation/models/" + id + "/publication").param("includePeople", "true")))
                .contains("chưa đồng ý công khai thông tin cá nhân");
        assertThat(count("select count(*) from emulation_model where id = ? and published = true", id)).isZero();
    }

    @Test
    void refusesOversizeAndMistypedEvidenceSniffedByContent() throws Exception {
        UUID id = desk.register(specialistA, movement, model("Mô hình có ảnh qua biểu mẫu", deptA));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.write(PNG);
        big.write(new byte[11 * 1024 * 1024]);
        String url = "/emulation/models/" + id + "/evidence";
        assertThat(refused(specialistA, multipart(url).file(new MockMultipartFile("file", "anh.png", "image/png", big.toByteArray()))))
                .contains("Tệp lớn quá 10 MB");
        assertThat(refused(specialistA, multipart(url).file(new MockMultipartFile("file", "anh.jpg", "image/jpeg",
                "%PDF-1.7 giả ảnh".getBytes())))).contains("không khớp với nội dung");
        assertThat(refused(specialistA, multipart(url).file(new MockMultipartFile("file", "anh.png", "image/png",
                "MZ chương trình".getBytes())))).contains("Chỉ nhận ảnh (JPEG, PNG, WebP)");
        assertThat(count("select count(*) from emulation_evidence where model_id = ?", id)).isZero();
    }
}
