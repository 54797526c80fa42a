package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

class PetitionPortalTests extends IntegrationTest {

    UUID committee;

    @BeforeEach
    void units() {
        committee = unit("Ủy ban nhân dân tỉnh Cổng", UnitKind.PEOPLES_COMMITTEE, province("Tỉnh Cổng"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String submission(String website) {
        return """
                {"unitId": "%s", "kind": "DENUNCIATION", "subject": "Tố cáo lấn chiếm đất công",
                 "content": "Ông X lấn chiếm đất công tại tổ 5", "fullName": "Trần Thị Mai", "idNumber": "079300011122",
                 "address": "Tổ 5, phường Trấn Biên", "phone": "0900000001", "website": "%s"}""".formatted(committee, website);
    }

    @Test
    void aCitizenSubmitsWithoutAnAccountAndTracksByCodeWithoutPersonalData() throws Exception {
        String json = mvc.perform(post("/api/v1/public/petitions").with(from("10.0.0.1"))
                        .contentType(MediaType.APPLICATION_JSON).content(submission("")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(json, "$.code");
        assertThat(code).matches("DV-[A-Z0-9]{5}-[A-Z0-9]{5}");
        String tracked = mvc.perform(get("/api/v1/public/petitions/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.steps[0].action").value("received"))
                .andReturn().getResponse().getContentAsString();
        assertThat(tracked).doesNotContain("Trần Thị Mai").doesNotContain("079300011122").doesNotContain("lấn chiếm");
        mvc.perform(get("/public/petitions/track?code=" + code)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Trần Thị Mai"))));
        mvc.perform(get("/api/v1/public/petitions/DV-AAAAA-AAAAA")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/petitions/nonsense")).andExpect(status().isNotFound());
    }

    @Test
    void refusesRobotsFloodsAndOversizeContentWithAMessage() throws Exception {
        mvc.perform(post("/api/v1/public/petitions").with(from("10.0.0.2")).contentType(MediaType.APPLICATION_JSON)
                .content(submission("http://spam.example"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("petition.portal.rejected"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/public/petitions").with(from("10.0.0.3")).contentType(MediaType.APPLICATION_JSON)
                    .content(submission(""))).andExpect(status().isCreated());
        }
        mvc.perform(post("/api/v1/public/petitions").with(from("10.0.0.3")).contentType(MediaType.APPLICATION_JSON)
                .content(submission(""))).andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("petition.portal.too-many"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("vui lòng thử lại sau")));
        long stored = jdbc.sql("select count(*) from petition_case where unit_id = ?").param(committee).query(Long.class)
                .single();
        mvc.perform(post("/public/petitions").with(from("10.0.0.3")).with(csrf()).param("unitId", committee.toString())
                .param("kind", "COMPLAINT").param("subject", "Lần nữa").param("content", "Nội dung").param("fullName", "A"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vui lòng thử lại sau")));
        assertThat(jdbc.sql("select count(*) from petition_case where unit_id = ?").param(committee).query(Long.class)
                .single()).isEqualTo(stored);
        String huge = "{\"unitId\": \"" + committee + "\", \"kind\": \"COMPLAINT\", \"subject\": \"Dài\", \"content\": \""
                + "x".repeat(6000) + "\", \"fullName\": \"A\"}";
        mvc.perform(post("/api/v1/public/petitions").with(from("10.0.0.4")).contentType(MediaType.APPLICATION_JSON)
                .content(huge)).andExpect(status().isBadRequest());
    }

    @Test
    void theFormPagesWorkWithoutSignInAndTheStaffPagesRender() throws Exception {
        mvc.perform(get("/public/petitions")).andExpect(status().isOk());
        mvc.perform(post("/public/petitions").with(csrf()).with(from("10.0.0.5")).param("unitId", committee.toString())
                        .param("kind", "RECOMMENDATION").param("subject", "Đèn đường hỏng")
                        .param("content", "Đèn đường tổ 3 hỏng đã lâu").param("fullName", "Lê Văn Tư"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("DV-")));
        Actor officer = actor(Role.RECEPTION_OFFICER, committee);
        mvc.perform(get("/petitions").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đèn đường hỏng")));
        mvc.perform(get("/petitions/new").with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/petitions/on-time").with(as(officer))).andExpect(status().isOk());
        String id = jdbc.sql("select id from petition_case where unit_id = ? and subject = ?")
                .params(committee, "Đèn đường hỏng").query(String.class).single();
        mvc.perform(get("/petitions/" + id).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lê Văn Tư")));
        mvc.perform(post("/petitions/" + id + "/acceptance").with(as(officer)).with(csrf()).param("acceptedOn", "2099-01-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/petitions/" + id + "/classification").with(as(officer)).with(csrf()).param("kind", "RECOMMENDATION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petitions/" + id).with(as(officer))).andExpect(status().isOk());
    }
}
