package vn.danvan.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.RoleGrant;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The one application context all integration tests share (same configuration, so Spring caches it), with helpers
 * that build a fresh subtree per test: tests never depend on each other's data, on H2 and PostgreSQL alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String PASSWORD = "Danvan-Test-2026";
    protected static final Actor SYSTEM = Actor.system();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected OrgManagement orgManagement;
    @Autowired
    protected OrgStructure orgStructure;
    @Autowired
    protected AccountAdministration accounts;
    @Autowired
    protected JdbcClient jdbc;

    /** A code no other test uses. */
    protected static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
    }

    protected UUID nation() {
        return orgManagement.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
    }

    protected UUID province(String name) {
        return unit(name, UnitKind.PROVINCE, nation());
    }

    protected UUID unit(String name, UnitKind kind, UUID parent) {
        return orgManagement.establish(SYSTEM, new NewUnit(unique("T"), name, null, kind, parent, null, null));
    }

    protected UUID unitFrom(String name, UnitKind kind, UUID parent, LocalDate from) {
        return orgManagement.establish(SYSTEM, new NewUnit(unique("T"), name, null, kind, parent, from, null));
    }

    /** An account holding one role at one unit, and the actor it signs in as. */
    protected Actor actor(Role role, UUID unitId) {
        String username = unique("u").toLowerCase();
        UUID accountId = accounts.openDemoAccount(username, "Người thử " + username, unitId, PASSWORD,
                List.of(new RoleGrant(role, unitId)));
        String path = orgStructure.find(unitId).orElseThrow().path();
        return new Actor(accountId, username, "Người thử " + username, unitId, List.of(new Actor.Grant(role, unitId, path)));
    }

    /** Signs a MockMvc request in as the actor. */
    protected static RequestPostProcessor as(Actor actor) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(actor, null,
                actor.grants().stream().map(g -> "ROLE_" + g.role()).toArray(String[]::new));
        return authentication(token);
    }
}
