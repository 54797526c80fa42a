package vn.danvan.identity.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.IssuedToken;
import vn.danvan.identity.TokenDesk;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.web.FormFeedback;

/**
 * One's own account: roles, password change, and API tokens (issued, listed, revoked).
 */
@Controller
@RequestMapping("/profile")
class ProfilePages {

    private final AccountAdministration accounts;
    private final TokenDesk tokens;

    ProfilePages(AccountAdministration accounts, TokenDesk tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("account", accounts.own(actor));
        model.addAttribute("tokens", tokens.tokensOf(actor));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        return "identity/profile";
    }

    @GetMapping("/password")
    String passwordForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("account", accounts.own(actor));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "identity.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changeOwnPassword(actor, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("flash", "identity.password.changed");
                return "redirect:/profile";
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        model.addAttribute("account", accounts.own(actor));
        return "identity/password";
    }

    @PostMapping("/tokens")
    String issueToken(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form,
            BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                IssuedToken issued = tokens.issue(actor, form.name());
                model.addAttribute("issued", issued);
                model.addAttribute("tokenForm", new TokenForm(""));
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return profile(actor, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(actor, id);
        redirect.addFlashAttribute("flash", "identity.token.revoked");
        return "redirect:/profile#tokens";
    }
}
