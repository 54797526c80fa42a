package vn.danvan.audit;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.danvan.org.StaffDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailTests extends IntegrationTest {

    @Autowired
    private AuditTrail trail;

    @Test
    void recordsEveryChangeWithWhoWhatAndWhichFieldsButNoPersonalData() {
        UUID province = province("Tỉnh Nhật Ký");
        Actor admin = actor(Role.UNIT_ADMIN, province);
        UUID department = orgManagement.establish(admin, new vn.danvan.org.NewUnit(unique("A"), "Sở Nhật Ký", null,
                UnitKind.DEPARTMENT, province, null, null));
        UUID staff = orgManagement.addStaff(admin, department, new StaffDetails("Phạm Thị Bí Mật", null, "bimat@example.vn",
                "0909123456"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var entries = trail.search(admin, new AuditFilter(null, null, null, null, department, null, null), Paging.of(0, 50));
            assertThat(entries.items()).extracting(AuditEntry::action).contains("established", "joined");
        });
        var entries = trail.search(admin, new AuditFilter(admin.username(), null, null, null, null, null, null), Paging.of(0, 50));
        assertThat(entries.items()).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(admin.username()));
        String everything = jdbc.sql("select string_agg(entity_type || entity_id || action || coalesce(changed_fields, ''), ' ') "
                + "from audit_entry where entity_id in (?, ?)").params(department.toString(), staff.toString())
                .query(String.class).single();
        assertThat(everything).contains("fullName").doesNotContain("Bí Mật").doesNotContain("bimat").doesNotContain("0909");
    }

    @Test
    void showsAUnitAdministratorOnlyTheirOwnUnitsAndOthersNothing() {
        UUID mine = province("Tỉnh Nhật Ký Của Tôi");
        UUID theirs = province("Tỉnh Nhật Ký Người Khác");
        Actor admin = actor(Role.UNIT_ADMIN, mine);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from audit_entry where entity_id = ?")
                .param(theirs.toString()).query(Long.class).single() > 0);
        assertThat(trail.search(admin, new AuditFilter(null, null, theirs.toString(), null, null, null, null), Paging.of(0, 10))
                .items()).isEmpty();
        Actor specialist = actor(Role.SPECIALIST, mine);
        org.junit.jupiter.api.Assertions.assertThrows(vn.danvan.shared.AccessDenied.class,
                () -> trail.search(specialist, new AuditFilter(null, null, null, null, null, null, null), Paging.of(0, 10)));
    }

    @Test
    void offersNoWayToChangeOrDeleteTheTrail() throws Exception {
        Actor admin = actor(Role.UNIT_ADMIN, province("Tỉnh Không Sửa Nhật Ký"));
        mvc.perform(delete("/api/v1/audit").with(as(admin))).andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/api/v1/audit").with(as(admin))).andExpect(status().isMethodNotAllowed());
    }
}
