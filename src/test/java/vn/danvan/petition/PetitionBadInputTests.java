package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * The bad inputs of the issue, each answered with a clear message in problem details, nothing changed, never a 5xx:
 * a future receipt date, a denunciation without content, an extension past the legal maximum, closing without an
 * outcome, reading a confidential identity without the right, an oversize or mistyped upload.
 */
class PetitionBadInputTests extends IntegrationTest {

    UUID committee;
    Actor officer;
    Actor leader;

    @BeforeEach
    void units() {
        committee = unit("Ủy ban nhân dân tỉnh Sai Sót", UnitKind.PEOPLES_COMMITTEE, province("Tỉnh Sai Sót"));
        officer = actor(Role.RECEPTION_OFFICER, committee);
        leader = actor(Role.LEADER, committee);
    }

    private ResultActions register(String kind, String receivedOn, String content) throws Exception {
        return mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON).content("""
                {"unitId": "%s", "channel": "POST", "kind": "%s", "receivedOn": "%s", "subject": "Đơn",
                 "content": "%s", "petitioners": [{"fullName": "Hà Văn Sai", "idNumber": "079300099988"}]}"""
                .formatted(committee, kind, receivedOn, content)));
    }

    private String state(String id) throws Exception {
        return mvc.perform(get("/api/v1/petitions/" + id).with(as(leader))).andReturn().getResponse()
                .getContentAsString().replaceAll("\"mayReveal\":(true|false),?", "");
    }

    @Test
    void eachBadInputGetsAClearMessageAndChangesNothing() throws Exception {
        register("COMPLAINT", "2099-01-01", "Nội dung").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));
        register("DENUNCIATION", "2026-03-02", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.content.denunciation-required"));
        assertThat(jdbc.sql("select count(*) from petition_case where unit_id = ?").param(committee).query(Long.class)
                .single()).isZero();

        String id = JsonPath.read(register("DENUNCIATION", "2026-03-02", "Tố cáo sai phạm").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/petitions/" + id + "/acceptance").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"acceptedOn\": \"2026-03-03\", \"documentNumber\": \"1/QĐ\"}")).andExpect(status().isOk());
        String before = state(id);

        mvc.perform(post("/api/v1/petitions/" + id + "/extensions").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": 61, \"level\": \"ESPECIALLY_COMPLEX\", \"reason\": \"Rất phức tạp\", "
                        + "\"decisionNumber\": \"2/QĐ\", \"decisionDate\": \"2026-03-20\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("petition.extension.beyond-maximum"));
        mvc.perform(post("/api/v1/petitions/" + id + "/conclusion").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decisionNumber\": \"3/KL\", \"decisionDate\": \"2026-03-25\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.outcome.required"));
        mvc.perform(get("/api/v1/petitions/" + id + "/petitioners/revealed").with(as(officer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Hà Văn Sai"))));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(new MockMultipartFile("file", "to.pdf",
                "application/pdf", new byte[PetitionFiles.MAX_BYTES + 1])).with(as(officer)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("petition.attachment.too-large"));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(new MockMultipartFile("file", "anh.jpg",
                "image/jpeg", "MZ not an image".getBytes())).with(as(officer)))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/petitions/" + id + "/extensions").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"days\": \"many\"}")).andExpect(status().isBadRequest());

        assertThat(state(id)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from petition_attachment where petition_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();
    }
}
