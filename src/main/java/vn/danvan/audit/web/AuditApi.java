package vn.danvan.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.audit.AuditEntry;
import vn.danvan.audit.AuditFilter;
import vn.danvan.audit.AuditTrail;
import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Reading the audit trail over REST; there are no endpoints that change it.
 */
@RestController
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    PageOf<AuditEntry> search(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String actorName,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String action, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.search(actor, new AuditFilter(actorName, entityType, entityId, action, unitId, from, to),
                Paging.of(page, size));
    }
}
