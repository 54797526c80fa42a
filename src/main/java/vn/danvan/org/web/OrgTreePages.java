package vn.danvan.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.SearchHit;
import vn.danvan.org.TreeNode;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

/**
 * The organisation tree as of any date, its search without diacritics, a unit's page with its history, and the unit
 * picker other forms use.
 */
@Controller
@RequestMapping("/org")
class OrgTreePages {

    private final OrgStructure org;
    private final Clock clock;

    OrgTreePages(OrgStructure org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String tree(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "false") boolean closed, @RequestParam(required = false) String q, Model model) {
        LocalDate on = asOf == null ? today() : asOf;
        model.addAttribute("asOf", on);
        model.addAttribute("historic", asOf != null && !on.equals(today()));
        model.addAttribute("closed", closed);
        model.addAttribute("q", q == null ? "" : q);
        List<TreeNode> roots = org.roots(actor, on, closed);
        Map<UUID, List<TreeNode>> expanded = new HashMap<>();
        roots.stream().filter(TreeNode::hasChildren).forEach(root -> expanded.put(root.id(), org.children(actor, root.id(), on, closed)));
        model.addAttribute("roots", roots);
        model.addAttribute("expanded", expanded);
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", org.search(actor, q, on, closed, 50));
        }
        model.addAttribute("canAdminister", actor.holds(Role.UNIT_ADMIN));
        return "org/tree";
    }

    @GetMapping("/tree/children")
    String children(@AuthenticationPrincipal Actor actor, @RequestParam UUID parent,
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "false") boolean closed,
            Model model) {
        LocalDate on = asOf == null ? today() : asOf;
        model.addAttribute("nodes", org.children(actor, parent, on, closed));
        model.addAttribute("asOf", on);
        model.addAttribute("closed", closed);
        return "org/tree :: nodes";
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) LocalDate asOf, @RequestParam(defaultValue = "false") boolean closed,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/org?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                    + (asOf == null ? "" : "&asOf=" + asOf) + (closed ? "&closed=true" : "");
        }
        LocalDate on = asOf == null ? today() : asOf;
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? List.<SearchHit>of() : org.search(actor, q, on, closed, 50));
        return "org/tree :: hits";
    }

    @GetMapping("/units/{id}")
    String unit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        var details = org.details(actor, id);
        model.addAttribute("d", details);
        model.addAttribute("today", today());
        model.addAttribute("canAdminister", actor.may(details.unit().path(), Role.UNIT_ADMIN));
        return "org/unit";
    }

    /** Options for a unit select: units the actor may act on with the role, matching the query. */
    @GetMapping("/picker")
    String picker(@AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) UnitKind kind, Model model) {
        Role[] roles = role == null ? Role.values() : new Role[] { role };
        model.addAttribute("options", org.candidates(actor, q, kind, 100, roles));
        return "org/picker :: options";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
