package vn.danvan.org.web;

import java.time.Clock;
import java.time.LocalDate;
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

import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.StaffNotFound;
import vn.danvan.org.UnitDetails;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.web.FormFeedback;

/**
 * Staff of a unit, the designation of its mobilisation leader, and the units under a root that still have none.
 */
@Controller
@RequestMapping("/org")
class StaffPages {

    private final OrgManagement management;
    private final OrgStructure org;
    private final Clock clock;

    StaffPages(OrgManagement management, OrgStructure org, Clock clock) {
        this.management = management;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/units/{id}/staff/new")
    String newStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new StaffForm("", "", "", "", null));
        model.addAttribute("unit", org.visible(actor, id));
        return "org/staff-form";
    }

    @PostMapping("/units/{id}/staff")
    String addStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") StaffForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.addStaff(actor, id, form.details());
                redirect.addFlashAttribute("flash", "org.staff.added");
                return "redirect:/org/units/" + id + "#staff";
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        model.addAttribute("unit", org.visible(actor, id));
        return "org/staff-form";
    }

    @GetMapping("/staff/{id}/edit")
    String editStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        UnitDetails.StaffEntry member = org.staffMember(actor, id).orElseThrow(StaffNotFound::new);
        model.addAttribute("form", new StaffForm(member.fullName(), member.position(), member.email(), member.phone(),
                member.version()));
        model.addAttribute("member", member);
        model.addAttribute("unit", org.visible(actor, org.unitOfStaff(id).orElseThrow(StaffNotFound::new)));
        return "org/staff-form";
    }

    @PostMapping("/staff/{id}")
    String describeStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        UUID unitId = org.staffMember(actor, id).map(m -> org.unitOfStaff(id).orElseThrow()).orElseThrow(StaffNotFound::new);
        if (!result.hasErrors()) {
            try {
                management.describeStaff(actor, id, form.details(), form.version());
                redirect.addFlashAttribute("flash", "org.staff.described");
                return "redirect:/org/units/" + unitId + "#staff";
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        model.addAttribute("member", org.staffMember(actor, id).orElseThrow(StaffNotFound::new));
        model.addAttribute("unit", org.visible(actor, unitId));
        return "org/staff-form";
    }

    @PostMapping("/staff/{id}/delete")
    String removeStaff(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID unitId = org.staffMember(actor, id).map(m -> org.unitOfStaff(id).orElseThrow()).orElseThrow(StaffNotFound::new);
        try {
            management.removeStaff(actor, id);
            redirect.addFlashAttribute("flash", "org.staff.removed");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/org/units/" + unitId + "#staff";
    }

    @GetMapping("/units/{id}/leader")
    String leaderForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new LeaderForm(null, today()));
        return leaderView(actor, id, model);
    }

    @PostMapping("/units/{id}/leader")
    String designate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @Valid @ModelAttribute("form") LeaderForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                management.designateLeader(actor, id, form.staffId(), form.from());
                redirect.addFlashAttribute("flash", "org.leader.designated");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                FormFeedback.reject(result, e);
            }
        }
        return leaderView(actor, id, model);
    }

    private String leaderView(Actor actor, UUID id, Model model) {
        UnitDetails details = org.details(actor, id);
        model.addAttribute("d", details);
        return "org/leader-form";
    }

    /** The units under a root without a designated mobilisation leader today (or on a chosen date). */
    @GetMapping("/leaders")
    String coverage(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID root,
            @RequestParam(required = false) LocalDate on, @RequestParam(defaultValue = "false") boolean territories,
            Model model) {
        LocalDate date = on == null ? today() : on;
        var roots = org.roots(actor, date, false);
        UUID rootId = root != null ? root : roots.isEmpty() ? null : roots.get(0).id();
        model.addAttribute("roots", roots);
        model.addAttribute("on", date);
        model.addAttribute("territories", territories);
        if (rootId != null) {
            model.addAttribute("coverage", org.leaderCoverage(actor, rootId, date, territories));
        }
        return "org/leaders";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
