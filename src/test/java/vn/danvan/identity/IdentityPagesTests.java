package vn.danvan.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdentityPagesTests extends IntegrationTest {

    @Test
    void rendersTheLoginPageInVietnamese() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("Đăng nhập Danvan")))
                .andExpect(content().string(containsString("lang=\"vi\"")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in to Danvan")));
    }

    @Test
    void sendsVisitorsWithoutASessionToTheLoginPage() throws Exception {
        mvc.perform(get("/org")).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @Test
    void rendersHomeProfileAndAccountPages() throws Exception {
        UUID province = province("Tỉnh Trang Tài Khoản");
        Actor admin = actor(Role.UNIT_ADMIN, province);
        Actor colleague = actor(Role.SPECIALIST, province);
        for (String page : new String[] { "/", "/profile", "/profile/password", "/accounts", "/accounts?q=nguoi",
                "/accounts/new", "/accounts/" + colleague.accountId(), "/audit", "/audit?entityType=org-unit" }) {
            mvc.perform(get(page).with(as(admin))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        mvc.perform(get("/accounts").with(as(colleague))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as(colleague))).andExpect(status().isForbidden());
    }

    @Test
    void issuesATokenOnTheProfilePageAndShowsItOnce() throws Exception {
        Actor someone = actor(Role.LEADER, province("Tỉnh Mã Thông Báo"));
        mvc.perform(post("/profile/tokens").with(as(someone)).with(csrf()).param("name", "Hệ thống báo cáo"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("dvn_")));
        mvc.perform(get("/profile").with(as(someone))).andExpect(content().string(containsString("Hệ thống báo cáo")))
                .andExpect(content().string(not(containsString("dvn_"))));
    }

    @Test
    void grantsARoleFromTheAccountPage() throws Exception {
        UUID province = province("Tỉnh Phân Quyền Trang");
        Actor admin = actor(Role.UNIT_ADMIN, province);
        Actor colleague = actor(Role.SPECIALIST, province);
        mvc.perform(post("/accounts/" + colleague.accountId() + "/roles").with(as(admin)).with(csrf())
                .param("role", "LEADER").param("unitId", province.toString()))
                .andExpect(redirectedUrlPattern("/accounts/*"));
        mvc.perform(post("/accounts/" + colleague.accountId() + "/roles").with(as(admin)).with(csrf())
                .param("role", "SYSTEM_ADMIN").param("unitId", province.toString()))
                .andExpect(content().string(containsString("Bạn không có quyền")));
        mvc.perform(get("/accounts/" + colleague.accountId()).with(as(admin)))
                .andExpect(content().string(containsString("Lãnh đạo")));
        org.assertj.core.api.Assertions.assertThat(accounts.view(admin, colleague.accountId()).roles())
                .extracting(AccountView.Grant::role).containsExactlyInAnyOrder(Role.LEADER, Role.SPECIALIST);
    }
}
