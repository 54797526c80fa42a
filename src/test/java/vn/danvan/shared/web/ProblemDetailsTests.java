package vn.danvan.shared.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Malformed requests get RFC 9457 problem details with a stable code in the caller's language, never a 5xx.
 */
class ProblemDetailsTests extends IntegrationTest {

    private UUID province;
    private vn.danvan.shared.Actor admin;

    @BeforeEach
    void anAdministrator() {
        province = province("Tỉnh Lỗi Đầu Vào");
        admin = actor(Role.UNIT_ADMIN, province);
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("request.unreadable"))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void anUnknownEnumValueIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"X1\",\"name\":\"A\",\"kind\":\"CASTLE\",\"parentId\":\"" + province + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.unreadable"));
    }

    @Test
    void aDomainRuleNamesTheFieldInVietnameseOrEnglish() throws Exception {
        String body = "{\"code\":\"" + unique("X") + "\",\"name\":\"  \",\"kind\":\"DEPARTMENT\",\"parentId\":\"" + province + "\"}";
        mvc.perform(post("/api/v1/org-units").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("org.unit.name-required"))
                .andExpect(jsonPath("$.errors[0].message").value("Hãy nhập tên đơn vị."));
        mvc.perform(post("/api/v1/org-units").with(as(admin)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the unit name."));
    }

    @Test
    void aBrokenRuleIsUnprocessableWithItsCode() throws Exception {
        UUID commune = unit("Xã Quy Tắc", vn.danvan.org.UnitKind.COMMUNE, province);
        mvc.perform(post("/api/v1/org-units").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + unique("X") + "\",\"name\":\"Tỉnh trong xã\",\"kind\":\"PROVINCE\",\"parentId\":\"" + commune + "\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("org.unit.kind-not-allowed-under"))
                .andExpect(jsonPath("$.title").value(containsString("Xã, phường, đặc khu")));
    }

    @Test
    void unknownIdsAndMalformedIdsAreNotServerErrors() throws Exception {
        mvc.perform(get("/api/v1/org-units/" + UUID.randomUUID()).with(as(admin)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("org.unit.not-found"));
        mvc.perform(get("/api/v1/org-units/not-a-uuid").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("request.parameter-invalid"));
        mvc.perform(get("/api/v1/org-units").param("asOf", "31/02/2025").with(as(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWrongContentTypeOrMethodIsRefusedCleanly() throws Exception {
        mvc.perform(post("/api/v1/org-units").with(as(admin)).contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("request.media-type"));
        mvc.perform(post("/api/v1/org-units/" + province + "/move").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveOn\":\"2026-13-45\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void pagesShowFriendlyErrorsWithoutStackTraces() throws Exception {
        mvc.perform(get("/org/units/" + UUID.randomUUID()).with(as(admin)))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Không tìm thấy đơn vị")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
        mvc.perform(get("/org/units/garbage").with(as(admin))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Giá trị tham số không hợp lệ")));
        mvc.perform(get("/org").param("asOf", "yesterday").with(as(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void describesTheApiAndReportsHealth() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/org-units']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
