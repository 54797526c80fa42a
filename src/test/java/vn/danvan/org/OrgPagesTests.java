package vn.danvan.org;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OrgPagesTests extends IntegrationTest {

    private UUID province;
    private UUID department;
    private UUID staff;
    private Actor admin;

    @BeforeEach
    void aProvince() {
        province = province("Tỉnh Trang");
        department = unit("Sở Trang", UnitKind.DEPARTMENT, province);
        unit("Phòng Trang", UnitKind.DIVISION, department);
        staff = orgManagement.addStaff(SYSTEM, department, new StaffDetails("Lê Thị Trang", "Chuyên viên", null, null));
        admin = actor(Role.UNIT_ADMIN, province);
    }

    @Test
    void rendersEveryOrganisationPage() throws Exception {
        for (String page : new String[] { "/org", "/org?q=so%20trang", "/org?asOf=2024-01-01&closed=true",
                "/org/units/" + department, "/org/units/new?parent=" + department, "/org/units/" + department + "/edit",
                "/org/units/" + department + "/move", "/org/units/" + department + "/merge",
                "/org/units/" + department + "/split", "/org/units/" + department + "/split?parts=3",
                "/org/units/" + department + "/dissolve", "/org/units/" + department + "/leader",
                "/org/units/" + department + "/staff/new", "/org/staff/" + staff + "/edit", "/org/leaders",
                "/org/leaders?root=" + province + "&territories=true", "/org/import", "/org/picker?q=trang&role=UNIT_ADMIN" }) {
            mvc.perform(get(page).with(as(admin))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/org/tree/children").param("parent", province.toString()).with(as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sở Trang")));
        mvc.perform(get("/org/search").param("q", "so trang").header("HX-Request", "true").with(as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sở Trang")));
    }

    @Test
    void reRendersTheUnitFormWithMessagesAndChangesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        mvc.perform(post("/org/units").with(as(admin)).with(csrf()).param("code", "bad code!").param("name", "")
                .param("kind", "DIVISION").param("parentId", department.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống")));
        mvc.perform(post("/org/units").with(as(admin)).with(csrf()).param("code", unique("C")).param("name", "Tỉnh lồng")
                .param("kind", "PROVINCE").param("parentId", department.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thể trực thuộc đơn vị loại")));
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/org/units").with(as(admin)).with(csrf()).param("code", unique("C")).param("name", "Phòng Mới")
                .param("kind", "DIVISION").param("parentId", department.toString()))
                .andExpect(redirectedUrlPattern("/org/units/*"));
    }

    @Test
    void switchesToEnglishAndRemembersIt() throws Exception {
        var result = mvc.perform(get("/org").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisation"))).andReturn();
        var cookie = result.getResponse().getCookie("danvan-lang");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/org/units/" + department).cookie(cookie).with(as(admin)))
                .andExpect(content().string(containsString("Units under it")));
        mvc.perform(get("/org/units/" + department).with(as(admin)))
                .andExpect(content().string(containsString("Đơn vị trực thuộc")));
    }

    @Test
    void escapesWhatPeopleTyped() throws Exception {
        UUID unit = orgManagement.establish(SYSTEM, new NewUnit(unique("XSS"), "<script>alert(1)</script>", null,
                UnitKind.DIVISION, department, null, null));
        mvc.perform(get("/org/units/" + unit).with(as(admin)))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }
}
