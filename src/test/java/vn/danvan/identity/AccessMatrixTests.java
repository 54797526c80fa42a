package vn.danvan.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;
import vn.danvan.org.StaffDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every role held at unit A, against every endpoint aimed at unit B outside A's subtree: the answer is 403 or 404, or an
 * empty result, and nothing of B changes — through the API with real tokens and through the pages with a real session.
 */
class AccessMatrixTests extends IntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private UUID provinceA;
    private UUID departmentA;
    private UUID provinceB;
    private UUID departmentB;
    private UUID staffB;
    private UUID accountB;

    @BeforeEach
    void twoProvinces() {
        provinceA = province("Tỉnh A");
        departmentA = unit("Sở của A", UnitKind.DEPARTMENT, provinceA);
        provinceB = province("Tỉnh B");
        departmentB = unit("Sở Bưu chính của B", UnitKind.DEPARTMENT, provinceB);
        unit("Phòng của B", UnitKind.DIVISION, departmentB);
        staffB = orgManagement.addStaff(SYSTEM, departmentB, new StaffDetails("Cán bộ của B", "Chuyên viên", null, null));
        accountB = actor(Role.SPECIALIST, departmentB).accountId();
    }

    @Test
    void noRoleAtAReachesAnythingOfBThroughTheApi() throws Exception {
        String before = snapshotOfB();
        for (Role role : Role.values()) {
            if (role == Role.SYSTEM_ADMIN) {
                continue;
            }
            String token = token(actor(role, provinceA).username());
            for (MockHttpServletRequestBuilder call : apiCallsAgainstB()) {
                int status = mvc.perform(call.header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
                assertThat(status).as(role + " " + describe(call)).isIn(403, 404);
            }
            String search = mvc.perform(get("/api/v1/org-units").param("q", "Sở Bưu chính của B").header("Authorization", "Bearer " + token))
                    .andReturn().getResponse().getContentAsString();
            assertThat(json.readTree(search).get("items").size()).as(role + " search").isZero();
            var audit = mvc.perform(get("/api/v1/audit").param("unitId", departmentB.toString())
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
            if (audit.getStatus() == 200) {
                assertThat(json.readTree(audit.getContentAsString()).get("items").size()).as(role + " audit").isZero();
            } else {
                assertThat(audit.getStatus()).as(role + " audit").isEqualTo(403);
            }
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void aUnitAdministratorOfAReachesNoPageOfB() throws Exception {
        String before = snapshotOfB();
        MockHttpSession session = signIn(actor(Role.UNIT_ADMIN, provinceA).username());
        List<MockHttpServletRequestBuilder> calls = List.of(
                get("/org/units/" + departmentB), get("/org/units/" + departmentB + "/edit"),
                get("/org/units/" + departmentB + "/move"), get("/org/units/" + departmentB + "/merge"),
                get("/org/units/" + departmentB + "/split"), get("/org/units/" + departmentB + "/leader"),
                get("/org/staff/" + staffB + "/edit"), get("/accounts/" + accountB),
                get("/org/tree/children").param("parent", departmentB.toString()),
                post("/org/units").param("code", unique("X")).param("name", "Lén").param("kind", "DIVISION")
                        .param("parentId", departmentB.toString()),
                post("/org/units/" + departmentB).param("code", "x").param("name", "Đổi tên").param("kind", "DEPARTMENT"),
                post("/org/units/" + departmentB + "/move").param("parentId", provinceA.toString()).param("effectiveOn", "2026-01-01"),
                post("/org/units/" + departmentA + "/merge").param("sourceIds", departmentB.toString()).param("effectiveOn", "2026-01-01"),
                post("/org/units/" + departmentB + "/dissolve").param("effectiveOn", "2026-01-01"),
                post("/org/units/" + departmentB + "/staff").param("fullName", "Người lạ"),
                post("/org/staff/" + staffB + "/delete"),
                post("/accounts/" + accountB + "/disable"),
                post("/accounts/" + accountB + "/roles").param("role", "LEADER").param("unitId", departmentA.toString()));
        for (MockHttpServletRequestBuilder call : calls) {
            int status = mvc.perform(call.session(session).with(csrf())).andReturn().getResponse().getStatus();
            if (status == 200) {
                String page = mvc.perform(call.session(session).with(csrf())).andReturn().getResponse().getContentAsString();
                assertThat(page).as(describe(call)).doesNotContain("Sở Bưu chính của B").doesNotContain("Cán bộ của B");
            } else {
                assertThat(status).as(describe(call)).isIn(403, 404);
            }
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void theSameAdministratorDoesReachTheirOwnUnits() throws Exception {
        String token = token(actor(Role.UNIT_ADMIN, provinceA).username());
        mvc.perform(get("/api/v1/org-units/" + departmentA).header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(post("/api/v1/org-units").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("code", unique("OK"), "name", "Phòng mới của A", "kind", "DIVISION",
                        "parentId", departmentA.toString()))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
    }

    private List<MockHttpServletRequestBuilder> apiCallsAgainstB() {
        String b = "/api/v1/org-units/" + departmentB;
        List<MockHttpServletRequestBuilder> calls = new ArrayList<>();
        calls.add(get(b));
        calls.add(get(b + "/children"));
        calls.add(get(b + "/staff"));
        calls.add(get(b + "/leaders"));
        calls.add(get(b + "/leader-coverage"));
        calls.add(get(b + "/successors"));
        calls.add(jsonCall(HttpMethod.POST, "/api/v1/org-units", Map.of("code", unique("X"), "name", "Lén", "kind", "DIVISION",
                "parentId", departmentB.toString())));
        calls.add(jsonCall(HttpMethod.PUT, b, Map.of("name", "Đổi tên", "kind", "DEPARTMENT")));
        calls.add(jsonCall(HttpMethod.POST, b + "/move", Map.of("parentId", provinceA.toString(), "effectiveOn", "2026-01-01")));
        calls.add(jsonCall(HttpMethod.POST, "/api/v1/org-units/merges", Map.of("sourceIds", List.of(departmentB.toString()),
                "targetId", departmentA.toString(), "effectiveOn", "2026-01-01", "moveChildren", true)));
        calls.add(jsonCall(HttpMethod.POST, b + "/split", Map.of("effectiveOn", "2026-01-01", "parts",
                List.of(Map.of("code", unique("P"), "name", "P1"), Map.of("code", unique("P"), "name", "P2")))));
        calls.add(jsonCall(HttpMethod.POST, b + "/dissolve", Map.of("effectiveOn", "2026-01-01")));
        calls.add(jsonCall(HttpMethod.POST, b + "/leaders", Map.of("staffId", staffB.toString(), "from", "2026-01-01")));
        calls.add(jsonCall(HttpMethod.POST, b + "/staff", Map.of("fullName", "Người lạ")));
        calls.add(jsonCall(HttpMethod.PUT, b + "/staff/" + staffB, Map.of("fullName", "Đổi tên")));
        calls.add(request(HttpMethod.DELETE, b + "/staff/" + staffB));
        calls.add(get("/api/v1/accounts/" + accountB));
        calls.add(jsonCall(HttpMethod.PUT, "/api/v1/accounts/" + accountB, Map.of("displayName", "Đổi tên")));
        calls.add(jsonCall(HttpMethod.POST, "/api/v1/accounts/" + accountB + "/roles", Map.of("role", "LEADER",
                "unitId", departmentB.toString())));
        calls.add(request(HttpMethod.POST, "/api/v1/accounts/" + accountB + "/disable"));
        calls.add(jsonCall(HttpMethod.POST, "/api/v1/accounts/" + accountB + "/password", Map.of("newPassword", "Mat-khau-la-2026")));
        calls.add(jsonCall(HttpMethod.POST, "/api/v1/accounts", Map.of("username", unique("x").toLowerCase(), "displayName", "X",
                "unitId", departmentB.toString(), "password", "Mat-khau-la-2026")));
        return calls;
    }

    private MockHttpServletRequestBuilder jsonCall(HttpMethod method, String uri, Object body) {
        return request(method, uri).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    /** Everything of B that a forbidden call might change. */
    private String snapshotOfB() {
        String path = orgStructure.find(provinceB).orElseThrow().path();
        return jdbc.sql("select count(*) || ':' || coalesce(sum(version), 0) || ':' || min(path) from org_unit where path like ?")
                .param(path + "%").query(String.class).single()
                + "|" + jdbc.sql("select count(*) || ':' || coalesce(sum(s.version), 0) from staff s join org_unit u on u.id = s.unit_id where u.path like ?")
                        .param(path + "%").query(String.class).single()
                + "|" + jdbc.sql("select count(*) from account_role where account_id = ?").param(accountB).query(Long.class).single()
                + "|" + jdbc.sql("select enabled || ':' || version from account where id = ?").param(accountB).query(String.class).single()
                + "|" + jdbc.sql("select count(*) from org_unit_leader l join org_unit u on u.id = l.unit_id where u.path like ?")
                        .param(path + "%").query(Long.class).single();
    }

    private String token(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).andReturn().getResponse()
                .getContentAsString();
        return json.readTree(body).get("token").asString();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn().getRequest()
                .getSession(false);
    }

    private static String describe(MockHttpServletRequestBuilder call) {
        return call.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod() + " "
                + call.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
    }
}
