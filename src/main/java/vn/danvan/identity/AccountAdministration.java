package vn.danvan.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;

/**
 * Managing accounts within one's subtree: opening them, granting and revoking roles per unit, passwords, locks, and
 * changing one's own password. A unit administrator can never reach beyond their units or grant system administration.
 */
@Service
@Transactional
public class AccountAdministration {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final OrgStructure org;
    private final OrgManagement orgManagement;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(Accounts accounts, ApiTokens tokens, OrgStructure org, OrgManagement orgManagement,
            PasswordEncoder passwords, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.org = org;
        this.orgManagement = orgManagement;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an account at a unit the actor administers; the person must change the password at first sign-in. */
    public UUID open(Actor actor, NewAccount request) {
        UnitSummary unit = unitAdministeredBy(actor, request.unitId(), "unitId");
        String username = Account.normalisedUsername(request.username());
        if (accounts.existsByUsername(username)) {
            throw new Conflict("identity.username-taken", username);
        }
        PasswordPolicy.check(username, request.password());
        for (RoleGrant grant : request.roles()) {
            checkGrantable(actor, grant);
        }
        Account account = Account.open(username, request.displayName(), request.email(), unit.id(),
                passwords.encode(request.password()), true, now());
        request.roles().forEach(account::grant);
        accounts.save(account);
        events.publishEvent(new AccountOpened(account.id(), unit.id(), actor.username(), now()));
        return account.id();
    }

    /** Opens the first system administrator at the root of the tree, when there is none yet. */
    UUID openSystemAdministrator(String username, String displayName, UUID rootUnitId, String password) {
        PasswordPolicy.check(username, password);
        Account account = Account.open(username, displayName, null, rootUnitId, passwords.encode(password), false, now());
        account.grant(new RoleGrant(Role.SYSTEM_ADMIN, rootUnitId));
        accounts.save(account);
        events.publishEvent(new AccountOpened(account.id(), rootUnitId, "system", now()));
        return account.id();
    }

    /** Opens an account with roles without a first-sign-in password change; used only for demo data. */
    public UUID openDemoAccount(String username, String displayName, UUID unitId, String password, List<RoleGrant> roles) {
        Account account = Account.open(username, displayName, null, unitId, passwords.encode(password), false, now());
        roles.forEach(account::grant);
        accounts.save(account);
        events.publishEvent(new AccountOpened(account.id(), unitId, "demo", now()));
        return account.id();
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username.toLowerCase(Locale.ROOT));
    }

    public void describe(Actor actor, UUID accountId, String displayName, String email, Long version) {
        Account account = manageable(actor, accountId);
        if (version != null && !version.equals(account.version())) {
            throw new ConcurrentChange();
        }
        account.describe(displayName, email);
        accounts.save(account);
        changed(actor, account, "described", List.of("displayName", "email"));
    }

    public void grant(Actor actor, UUID accountId, Role role, UUID unitId) {
        Account account = manageable(actor, accountId);
        RoleGrant grant = new RoleGrant(role, unitId);
        checkGrantable(actor, grant);
        if (!account.grant(grant)) {
            throw new Conflict("identity.role-already-granted");
        }
        accounts.save(account);
        changed(actor, account, "role-granted", List.of("roles"));
    }

    public void revoke(Actor actor, UUID accountId, Role role, UUID unitId) {
        Account account = manageable(actor, accountId);
        RoleGrant grant = new RoleGrant(role, unitId);
        checkGrantable(actor, grant);
        if (role == Role.SYSTEM_ADMIN && otherActiveSystemAdmins(account.id()) == 0) {
            throw new RuleViolated("identity.last-system-admin");
        }
        if (!account.revoke(grant)) {
            throw new RuleViolated("identity.role-not-held");
        }
        accounts.save(account);
        changed(actor, account, "role-revoked", List.of("roles"));
    }

    public void disable(Actor actor, UUID accountId) {
        Account account = manageable(actor, accountId);
        if (account.id().equals(actor.accountId())) {
            throw new RuleViolated("identity.cannot-disable-self");
        }
        account.disable();
        accounts.save(account);
        tokens.revokeAllOf(account.id(), now());
        changed(actor, account, "disabled", List.of("enabled"));
    }

    public void enable(Actor actor, UUID accountId) {
        Account account = manageable(actor, accountId);
        account.enable();
        accounts.save(account);
        changed(actor, account, "enabled", List.of("enabled"));
    }

    /** Sets a new password chosen by an administrator; the person must change it at next sign-in. */
    public void resetPassword(Actor actor, UUID accountId, String newPassword) {
        Account account = manageable(actor, accountId);
        PasswordPolicy.check(account.username(), newPassword);
        account.changePassword(passwords.encode(newPassword), true, now());
        accounts.save(account);
        changed(actor, account, "password-reset", List.of("password"));
    }

    public void unlock(Actor actor, UUID accountId) {
        Account account = manageable(actor, accountId);
        account.unlock();
        accounts.save(account);
        changed(actor, account, "unlocked", List.of("lockedUntil"));
    }

    /** The signed-in person changes their own password, proving they know the current one. */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Account account = accounts.findById(actor.accountId()).orElseThrow(AccountNotFound::new);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw InvalidInput.field("currentPassword", "identity.password.current-wrong");
        }
        PasswordPolicy.check(account.username(), newPassword);
        if (passwords.matches(newPassword, account.passwordHash())) {
            throw InvalidInput.field("newPassword", "identity.password.unchanged");
        }
        account.changePassword(passwords.encode(newPassword), false, now());
        accounts.save(account);
        changed(actor, account, "password-changed", List.of("password"));
    }

    /** Links the account to the staff member it belongs to; both must be within the actor's units. */
    public void linkStaff(Actor actor, UUID accountId, UUID staffId) {
        Account account = manageable(actor, accountId);
        if (staffId == null) {
            jdbc.sql("select id from staff where account_id = ?").param(account.id()).query(UUID.class).optional()
                    .ifPresent(current -> orgManagement.linkAccount(actor, current, null));
            return;
        }
        UUID staffUnit = org.unitOfStaff(staffId).orElseThrow(() -> InvalidInput.field("staffId", "org.staff.not-found"));
        if (!staffUnit.equals(account.unitId())) {
            throw new RuleViolated("identity.staff-in-other-unit");
        }
        jdbc.sql("select id from staff where account_id = ?").param(account.id()).query(UUID.class).optional()
                .filter(current -> !current.equals(staffId))
                .ifPresent(current -> orgManagement.linkAccount(actor, current, null));
        orgManagement.linkAccount(actor, staffId, account.id());
        changed(actor, account, "staff-linked", List.of("staff"));
    }

    /** The accounts at units the actor administers, matching a query on username or name. */
    @Transactional(readOnly = true)
    public PageOf<AccountView> list(Actor actor, String query, Paging paging) {
        Scope scope = actor.scope(Role.UNIT_ADMIN);
        Scope.SqlCondition inScope = scope.onPath("u.path");
        StringBuilder where = new StringBuilder(" from account a join org_unit u on u.id = a.unit_id where ")
                .append(inScope.sql());
        Map<String, Object> params = new LinkedHashMap<>(inScope.params());
        String folded = VietnameseText.fold(query);
        if (!folded.isEmpty()) {
            where.append(" and (lower(a.username) like :q or lower(a.display_name) like :q or lower(a.display_name) like :raw)");
            params.put("q", "%" + folded + "%");
            params.put("raw", "%" + (query == null ? "" : query.strip().toLowerCase(VietnameseText.VIETNAMESE)) + "%");
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("select a.id" + where + " order by a.username limit :limit offset :offset").params(params)
                .param("limit", paging.size()).param("offset", paging.offset()).query(UUID.class).list();
        List<AccountView> views = new ArrayList<>();
        accounts.findAllById(ids).forEach(account -> views.add(view(account)));
        views.sort(Comparator.comparing(AccountView::username));
        return new PageOf<>(views, paging.page(), paging.size(), total);
    }

    /** One account, if the actor may manage it. */
    @Transactional(readOnly = true)
    public AccountView view(Actor actor, UUID accountId) {
        return view(manageable(actor, accountId));
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public AccountView own(Actor actor) {
        return view(accounts.findById(actor.accountId()).orElseThrow(AccountNotFound::new));
    }

    /** The staff member linked to an account, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> staffOf(UUID accountId) {
        return jdbc.sql("select id from staff where account_id = ?").param(accountId).query(UUID.class).optional();
    }

    private AccountView view(Account account) {
        List<UUID> unitIds = new ArrayList<>();
        unitIds.add(account.unitId());
        account.roles().forEach(grant -> unitIds.add(grant.unitId()));
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID unitId : unitIds) {
            names.computeIfAbsent(unitId, id -> org.find(id).map(UnitSummary::name).orElse(""));
        }
        List<AccountView.Grant> roles = account.roles().stream()
                .map(grant -> new AccountView.Grant(grant.role(), grant.unitId(), names.get(grant.unitId())))
                .sorted(Comparator.comparing((AccountView.Grant g) -> g.role().ordinal()).thenComparing(AccountView.Grant::unitName))
                .toList();
        return new AccountView(account.id(), account.username(), account.displayName(), account.email(), account.unitId(),
                names.get(account.unitId()), account.isEnabled(), account.lockedUntil(), account.mustChangePassword(),
                account.createdAt(), roles, account.version() == null ? 0 : account.version());
    }

    private Account manageable(Actor actor, UUID accountId) {
        if (accountId == null) {
            throw new AccountNotFound();
        }
        Account account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        String path = org.find(account.unitId()).map(UnitSummary::path).orElse(null);
        if (!actor.may(path, Role.UNIT_ADMIN)) {
            throw new AccountNotFound();
        }
        boolean systemAdmin = account.roles().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
        if (systemAdmin && !actor.isSystemAdmin()) {
            throw new AccessDenied();
        }
        return account;
    }

    private UnitSummary unitAdministeredBy(Actor actor, UUID unitId, String field) {
        if (unitId == null) {
            throw InvalidInput.field(field, "identity.unit-required");
        }
        UnitSummary unit = org.visible(actor, unitId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        return unit;
    }

    private void checkGrantable(Actor actor, RoleGrant grant) {
        if (grant.role() == null) {
            throw InvalidInput.field("role", "identity.role-required");
        }
        if (grant.role() == Role.SYSTEM_ADMIN && !actor.isSystemAdmin()) {
            throw new AccessDenied();
        }
        unitAdministeredBy(actor, grant.unitId(), "unitId");
    }

    private long otherActiveSystemAdmins(UUID accountId) {
        return jdbc.sql("""
                select count(distinct a.id) from account a join account_role r on r.account_id = a.id
                where r.role = 'SYSTEM_ADMIN' and a.enabled = true and a.id <> ?""").param(accountId).query(Long.class).single();
    }

    private void changed(Actor actor, Account account, String action, List<String> fields) {
        events.publishEvent(new AccountChanged(account.id(), account.unitId(), action, fields, actor.username(), now()));
    }

    private Instant now() {
        return clock.instant();
    }
}
