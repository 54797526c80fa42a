package vn.danvan.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignInTests extends IntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void signsInWithTheRightPasswordAndShowsTheHomePageInVietnamese() throws Exception {
        String username = account(Role.SPECIALIST);
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Xin chào")));
    }

    @Test
    void locksTheAccountForFifteenMinutesAfterFiveFailedSignIns() throws Exception {
        String username = account(Role.SPECIALIST);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error=failed"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/login").param("error", "locked")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("tạm thời bị khóa")));
        mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("identity.sign-in.locked"));
        assertThat(jdbc.sql("select locked_until from account where username = ?").param(username)
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void unknownUsersAndWrongPasswordsGetTheSameAnswer() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-" + UUID.randomUUID().toString().substring(0, 8)).password("whatever-123"))
                .andExpect(redirectedUrl("/login?error=failed"));
        mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nobody\",\"password\":\"whatever-123\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("identity.sign-in.failed"));
    }

    @Test
    void issuesATokenThatWorksUntilItIsRevoked() throws Exception {
        String username = account(Role.LEADER);
        String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"Báo cáo\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode issued = json.readTree(body);
        String token = issued.get("token").asString();
        assertThat(token).startsWith("dvn_");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class).single())
                .as("the token itself is never stored").isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Báo cáo"));
        mvc.perform(delete("/api/v1/tokens/" + issued.get("id").asString()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.token-invalid"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
    }

    @Test
    void refusesTheApiWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/org-units")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("access.unauthenticated"));
        mvc.perform(get("/api/v1/org-units").header("Authorization", "Bearer dvn_forged")).andExpect(status().isUnauthorized());
    }

    @Test
    void changesTheOwnPasswordOnlyWithTheCurrentOneAndWithinThePolicy() throws Exception {
        String username = account(Role.SPECIALIST);
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(post("/profile/password").session(session).with(csrf()).param("currentPassword", "wrong")
                .param("newPassword", "Mat-khau-moi-2026").param("confirmPassword", "Mat-khau-moi-2026"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Mật khẩu hiện tại không đúng")));
        mvc.perform(post("/profile/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "short1").param("confirmPassword", "short1"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("ít nhất 10 ký tự")));
        mvc.perform(post("/profile/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "Mat-khau-moi-2026").param("confirmPassword", "Mat-khau-moi-2026"))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(formLogin("/login").user(username).password("Mat-khau-moi-2026")).andExpect(redirectedUrl("/"));
    }

    @Test
    void sendsAPersonWithAResetPasswordToChangeItFirst() throws Exception {
        UUID province = province("Tỉnh Đổi Mật Khẩu");
        var admin = actor(Role.UNIT_ADMIN, province);
        String username = unique("moi").toLowerCase();
        UUID id = accounts.open(admin, new NewAccount(username, "Người Mới", null, province, "Ban-dau-2026x", List.of()));
        MockHttpSession session = signIn(username, "Ban-dau-2026x");
        mvc.perform(get("/org").session(session)).andExpect(redirectedUrl("/profile/password"));
        assertThat(accounts.view(admin, id).mustChangePassword()).isTrue();
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        String username = account(Role.SPECIALIST);
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(post("/profile/password").session(session).param("currentPassword", PASSWORD)
                .param("newPassword", "Mat-khau-moi-2026").param("confirmPassword", "Mat-khau-moi-2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsSecureHeaders() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    private String account(Role role) {
        UUID province = province("Tỉnh Đăng Nhập");
        UUID unit = unit("Sở Đăng Nhập", UnitKind.DEPARTMENT, province);
        return actor(role, unit).username();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password)).andReturn()
                .getRequest().getSession(false);
    }
}
