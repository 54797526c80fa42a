package vn.danvan.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.shared.Actor;

/**
 * The start page after sign-in: who you are, where your roles apply, and where to go.
 */
@Controller
class HomePage {

    private final AccountAdministration accounts;

    HomePage(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("account", accounts.own(actor));
        return "home";
    }
}
