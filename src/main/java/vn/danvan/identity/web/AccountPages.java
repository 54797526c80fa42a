package vn.danvan.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.AccountView;
import vn.danvan.identity.NewAccount;
import vn.danvan.identity.RoleGrant;
import vn.danvan.org.OrgStructure;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.web.FormFeedback;

/**
 * Account administration within one's units: the list, opening accounts, roles per unit, locks and passwords.
 */
@Controller
@RequestMapping("/accounts")
class AccountPages {

    private final AccountAdministration accounts;
    private final OrgStructure org;
    private final Clock clock;

    AccountPages(AccountAdministration accounts, OrgStructure org, Clock clock) {
        this.accounts = accounts;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, Model model) {
        requireAdministrator(actor);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("accounts", accounts.list(actor, q, Paging.of(page, 25)));
        return "identity/accounts";
    }

    @GetMapping("/new")
    String newAccount(@AuthenticationPrincipal Actor actor, Model model) {
        requireAdministrator(actor);
        model.addAttribute("form", new AccountForm("", "", "", null, "", null));
        return accountForm(actor, model);
    }

    @PostMapping
    String open(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        requireAdministrator(actor);
        if (!result.hasErrors()) {
            try {
                List<RoleGrant> roles = form.role() == null ? List.of() : List.of(new RoleGrant(form.role(), form.unitId()));
                UUID id = accounts.open(actor, new NewAccount(form.username(), form.displayName(), form.email(),
                        form.unitId(), form.password(), roles));
                redirect.addFlashAttribute("flash", "identity.account.opened");
                return "redirect:/accounts/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return accountForm(actor, model);
    }

    private String accountForm(Actor actor, Model model) {
        model.addAttribute("units", org.candidates(actor, "", null, 200, Role.UNIT_ADMIN));
        model.addAttribute("roles", grantableRoles(actor));
        return "identity/account-form";
    }

    @GetMapping("/{id}")
    String account(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        return accountView(actor, id, model);
    }

    private String accountView(Actor actor, UUID id, Model model) {
        AccountView account = accounts.view(actor, id);
        model.addAttribute("account", account);
        model.addAttribute("locked", account.isLockedAt(clock.instant()));
        model.addAttribute("units", org.candidates(actor, "", null, 200, Role.UNIT_ADMIN));
        model.addAttribute("roles", grantableRoles(actor));
        model.addAttribute("staff", org.staff(account.unitId()));
        model.addAttribute("linkedStaff", accounts.staffOf(account.id()).orElse(null));
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, account.unitId()));
        }
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetForm(""));
        }
        return "identity/account";
    }

    @PostMapping("/{id}/roles")
    String grant(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.grant(actor, id, form.role(), form.unitId());
                redirect.addFlashAttribute("flash", "identity.role.granted");
                return "redirect:/accounts/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return accountView(actor, id, model);
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Role role,
            @RequestParam UUID unitId, RedirectAttributes redirect) {
        return act(id, redirect, "identity.role.revoked", () -> accounts.revoke(actor, id, role, unitId));
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.disabled", () -> accounts.disable(actor, id));
    }

    @PostMapping("/{id}/enable")
    String enable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.enabled", () -> accounts.enable(actor, id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.unlocked", () -> accounts.unlock(actor, id));
    }

    @PostMapping("/{id}/staff")
    String linkStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) UUID staffId, RedirectAttributes redirect) {
        return act(id, redirect, "identity.account.staff-linked", () -> accounts.linkStaff(actor, id, staffId));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("resetForm") ResetForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(actor, id, form.newPassword());
                redirect.addFlashAttribute("flash", "identity.password.reset");
                return "redirect:/accounts/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return accountView(actor, id, model);
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/accounts/" + id;
    }

    private static List<Role> grantableRoles(Actor actor) {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN || actor.isSystemAdmin()).toList();
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.holds(Role.UNIT_ADMIN)) {
            throw new AccessDenied();
        }
    }
}
