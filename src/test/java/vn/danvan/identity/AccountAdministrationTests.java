package vn.danvan.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.org.UnitNotFound;
import vn.danvan.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountAdministrationTests extends IntegrationTest {

    @Test
    void opensAnAccountWithARoleThatCoversTheSubtree() {
        UUID province = province("Tỉnh Tài Khoản");
        UUID department = unit("Sở Tài Khoản", UnitKind.DEPARTMENT, province);
        Actor admin = actor(Role.UNIT_ADMIN, province);
        String username = unique("cv").toLowerCase();
        UUID id = accounts.open(admin, new NewAccount(username, "Chuyên Viên Mới", "cv@example.vn", department,
                "Mat-khau-2026x", List.of(new RoleGrant(Role.SPECIALIST, department))));
        AccountView view = accounts.view(admin, id);
        assertThat(view.username()).isEqualTo(username);
        assertThat(view.roles()).extracting(AccountView.Grant::role).containsExactly(Role.SPECIALIST);
        assertThat(view.mustChangePassword()).isTrue();
        assertThat(jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain("Mat-khau-2026x");
    }

    @Test
    void aUnitAdministratorCannotReachBeyondTheirUnitsOrGrantSystemAdministration() {
        UUID mine = province("Tỉnh Quyền Của Tôi");
        UUID theirs = province("Tỉnh Quyền Người Khác");
        Actor admin = actor(Role.UNIT_ADMIN, mine);
        Actor someoneElse = actor(Role.SPECIALIST, theirs);
        assertThatThrownBy(() -> accounts.open(admin, new NewAccount(unique("x").toLowerCase(), "X", null, theirs,
                "Mat-khau-2026x", List.of()))).isInstanceOf(UnitNotFound.class);
        assertThatThrownBy(() -> accounts.view(admin, someoneElse.accountId())).isInstanceOf(AccountNotFound.class);
        assertThatThrownBy(() -> accounts.grant(admin, someoneElse.accountId(), Role.LEADER, theirs))
                .isInstanceOf(AccountNotFound.class);
        Actor colleague = actor(Role.SPECIALIST, mine);
        assertThatThrownBy(() -> accounts.grant(admin, colleague.accountId(), Role.SYSTEM_ADMIN, mine))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> accounts.grant(admin, colleague.accountId(), Role.LEADER, theirs))
                .isInstanceOf(UnitNotFound.class);
        assertThat(accounts.view(SYSTEM, colleague.accountId()).roles()).extracting(AccountView.Grant::role)
                .containsExactly(Role.SPECIALIST);
    }

    @Test
    void refusesWeakPasswordsAndTakenUsernames() {
        UUID province = province("Tỉnh Mật Khẩu");
        Actor admin = actor(Role.UNIT_ADMIN, province);
        String username = unique("dup").toLowerCase();
        accounts.open(admin, new NewAccount(username, "Người A", null, province, "Mat-khau-2026x", List.of()));
        assertThatThrownBy(() -> accounts.open(admin, new NewAccount(username, "Người B", null, province, "Mat-khau-2026x",
                List.of()))).isInstanceOf(Conflict.class);
        for (String weak : List.of("short1", "onlyletterspassword", "1234567890123", "Password123")) {
            assertThatThrownBy(() -> accounts.open(admin, new NewAccount(unique("w").toLowerCase(), "W", null, province, weak,
                    List.of()))).as(weak).isInstanceOf(InvalidInput.class);
        }
        String named = unique("ten").toLowerCase();
        assertThatThrownBy(() -> accounts.open(admin, new NewAccount(named, "W", null, province, "X1-" + named + "-2026",
                List.of()))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> accounts.open(admin, new NewAccount("Không Hợp Lệ", "W", null, province, "Mat-khau-2026x",
                List.of()))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void keepsAtLeastOneSystemAdministratorAndNobodyDisablesThemselves() {
        UUID province = province("Tỉnh Tự Khóa");
        Actor admin = actor(Role.UNIT_ADMIN, province);
        assertThatThrownBy(() -> accounts.disable(admin, admin.accountId())).isInstanceOf(RuleViolated.class);
        assertThat(accounts.view(admin, admin.accountId()).enabled()).isTrue();
    }

    @Test
    void revokingARoleTakesEffectOnTheNextRequest() throws Exception {
        UUID province = province("Tỉnh Thu Hồi");
        Actor specialist = actor(Role.SPECIALIST, province);
        accounts.revoke(SYSTEM, specialist.accountId(), Role.SPECIALIST, province);
        assertThat(accounts.view(SYSTEM, specialist.accountId()).roles()).isEmpty();
    }
}
