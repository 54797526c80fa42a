package vn.danvan.petition.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.PortalSubmission;
import vn.danvan.petition.PublicPortal;
import vn.danvan.shared.DomainException;

/**
 * The public portal's pages: the submission form, the page with the tracking code, and tracking by code.
 */
@Controller
@RequestMapping("/public/petitions")
class PublicPortalPages {

    private final PublicPortal portal;

    PublicPortalPages(PublicPortal portal) {
        this.portal = portal;
    }

    @GetMapping
    String form(Model model) {
        return form(model, null);
    }

    private String form(Model model, DomainException problem) {
        model.addAttribute("committees", portal.committees());
        model.addAttribute("kinds", PetitionKind.values());
        if (problem != null) {
            DomainException.FieldProblem first = problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0);
            model.addAttribute("problem", first == null ? problem.code() : first.code());
            model.addAttribute("problemArgs", first == null ? problem.args() : first.args());
        }
        return "petition/portal";
    }

    @PostMapping
    String submit(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) PetitionKind kind,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String content,
            @RequestParam(defaultValue = "") String fullName, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String address, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String website, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            String code = portal.submit(new PortalSubmission(unitId, kind, subject, content, fullName, idNumber, address,
                    phone, website), request.getRemoteAddr());
            model.addAttribute("code", code);
            return "petition/portal-sent";
        } catch (DomainException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("form", new PortalSubmission(unitId, kind, subject, content, fullName, null, address, phone,
                    null));
            return form(model, e);
        }
    }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("tracked", portal.track(code));
            } catch (DomainException e) {
                model.addAttribute("problem", e.code());
            }
        }
        return "petition/track";
    }
}
