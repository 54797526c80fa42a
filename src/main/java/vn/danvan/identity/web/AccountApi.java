package vn.danvan.identity.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.AccountView;
import vn.danvan.identity.NewAccount;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * Accounts over REST, for administrators of the units they belong to; {@code /api/v1/me} for anyone.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApi {

    private final AccountAdministration accounts;

    AccountApi(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal Actor actor) {
        return accounts.own(actor);
    }

    /** Changing one's own password. */
    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal Actor actor, @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(actor, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/accounts")
    PageOf<AccountView> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (!actor.holds(Role.UNIT_ADMIN)) {
            throw new AccessDenied();
        }
        return accounts.list(actor, q, Paging.of(page, size));
    }

    @PostMapping("/accounts")
    ResponseEntity<AccountView> open(@AuthenticationPrincipal Actor actor, @RequestBody NewAccount request) {
        UUID id = accounts.open(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id)).body(accounts.view(actor, id));
    }

    @GetMapping("/accounts/{id}")
    AccountView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return accounts.view(actor, id);
    }

    /** New display name and e-mail, made against the version that was read. */
    record Description(String displayName, String email, Long version) {
    }

    @PutMapping("/accounts/{id}")
    AccountView describe(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Description change) {
        accounts.describe(actor, id, change.displayName(), change.email(), change.version());
        return accounts.view(actor, id);
    }

    /** A role at a unit. */
    record RoleRequest(Role role, UUID unitId) {
    }

    @PostMapping("/accounts/{id}/roles")
    AccountView grant(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody RoleRequest request) {
        accounts.grant(actor, id, request.role(), request.unitId());
        return accounts.view(actor, id);
    }

    @PostMapping("/accounts/{id}/roles/revoke")
    AccountView revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody RoleRequest request) {
        accounts.revoke(actor, id, request.role(), request.unitId());
        return accounts.view(actor, id);
    }

    @PostMapping("/accounts/{id}/disable")
    AccountView disable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        accounts.disable(actor, id);
        return accounts.view(actor, id);
    }

    @PostMapping("/accounts/{id}/enable")
    AccountView enable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        accounts.enable(actor, id);
        return accounts.view(actor, id);
    }

    @PostMapping("/accounts/{id}/unlock")
    AccountView unlock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        accounts.unlock(actor, id);
        return accounts.view(actor, id);
    }

    @PostMapping("/accounts/{id}/password")
    ResponseEntity<Void> resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody Map<String, String> body) {
        accounts.resetPassword(actor, id, body.get("newPassword"));
        return ResponseEntity.noContent().build();
    }
}
