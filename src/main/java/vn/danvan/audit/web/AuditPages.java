package vn.danvan.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.audit.AuditFilter;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;

/**
 * The audit trail for administrators, with filters by person, entity, action, unit and dates.
 */
@Controller
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String actorName,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        AuditFilter filter = new AuditFilter(actorName, entityType, entityId, action, unitId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", trail.search(actor, filter, Paging.of(page, 50)));
        model.addAttribute("vocabulary", trail.vocabulary());
        return "audit/trail";
    }
}
