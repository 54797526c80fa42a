package vn.danvan.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.shared.Actor;

/**
 * The sign-in page in Vietnamese, saying why a sign-in failed (wrong credentials or a locked account).
 */
@Controller
class SignInPages {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, Model model) {
        if (authentication != null && authentication.getPrincipal() instanceof Actor) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute("error", "locked".equals(error) ? "identity.sign-in.locked" : "identity.sign-in.failed");
        }
        model.addAttribute("loggedOut", logout != null);
        return "identity/login";
    }
}
