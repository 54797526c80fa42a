package vn.danvan.emulation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

import vn.danvan.emulation.CouncilDesk;
import vn.danvan.emulation.Field;
import vn.danvan.emulation.Level;
import vn.danvan.emulation.ModelKind;
import vn.danvan.emulation.MovementDesk;
import vn.danvan.emulation.MovementView;
import vn.danvan.org.OrgStructure;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * Movements: the list, launching one, its page with models, council and scoring summary, and registering a model.
 */
@Controller
@RequestMapping("/emulation")
class MovementPages {

    private static final Role[] ORGANISERS = { Role.LEADER, Role.UNIT_ADMIN, Role.EMULATION_COUNCIL };
    private static final Role[] UNIT_STAFF = { Role.SPECIALIST, Role.LEADER, Role.UNIT_ADMIN };

    private final MovementDesk desk;
    private final CouncilDesk council;
    private final OrgStructure org;
    private final Clock clock;

    MovementPages(MovementDesk desk, CouncilDesk council, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.council = council;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String movements(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("movements", desk.movements());
        model.addAttribute("canLaunch", actor.holds(ORGANISERS));
        model.addAttribute("today", LocalDate.now(clock));
        return "emulation/movements";
    }

    @GetMapping("/movements/new")
    String newMovement(@AuthenticationPrincipal Actor actor, Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("form", new MovementForm(null, year, Level.PROVINCE.name(), null, null, null, null, null, null,
                null, null, null, null, null));
        return movementForm(actor, model);
    }

    @PostMapping("/movements")
    String launch(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") MovementForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID id = desk.launch(actor, form.details());
                redirect.addFlashAttribute("flash", "emulation.movement.launched");
                return "redirect:/emulation/movements/" + id;
            } catch (DomainException e) {
                Refusals.reject(result, e, "phases.");
            }
        }
        return movementForm(actor, model);
    }

    private String movementForm(Actor actor, Model model) {
        model.addAttribute("units", org.candidates(actor, "", null, 300, ORGANISERS));
        model.addAttribute("levels", Level.values());
        return "emulation/movement-form";
    }

    @GetMapping("/movements/{id}")
    String movement(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, Model model) {
        MovementView movement = desk.movement(id);
        boolean organiser = desk.organises(actor, id);
        List<vn.danvan.emulation.CouncilMember> members = council.members(id);
        boolean member = members.stream().anyMatch(m -> m.accountId().equals(actor.accountId()));
        model.addAttribute("movement", movement);
        model.addAttribute("models", desk.models(actor, id, Paging.of(page, 50)));
        model.addAttribute("members", members);
        model.addAttribute("organiser", organiser);
        model.addAttribute("summary", organiser || member ? council.summary(actor, id) : null);
        model.addAttribute("registrationOpen", movement.phases().isRegistrationOpen(LocalDate.now(clock)));
        model.addAttribute("canRegister", actor.holds(UNIT_STAFF));
        return "emulation/movement";
    }

    @PostMapping("/movements/{id}/council")
    String appoint(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        try {
            council.appoint(actor, id, username);
            redirect.addFlashAttribute("flash", "emulation.council.appointed");
        } catch (DomainException e) {
            Refusals.flash(redirect, e);
        }
        return "redirect:/emulation/movements/" + id + "#council";
    }

    @GetMapping("/movements/{id}/models/new")
    String newModel(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new ModelForm(ModelKind.COLLECTIVE.name(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
        return modelForm(actor, id, model);
    }

    @PostMapping("/movements/{id}/models")
    String register(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @ModelAttribute("form") ModelForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                UUID created = desk.register(actor, id, form.request());
                redirect.addFlashAttribute("flash", "emulation.model.registered");
                return "redirect:/emulation/models/" + created;
            } catch (DomainException e) {
                Refusals.reject(result, e, null);
            }
        }
        return modelForm(actor, id, model);
    }

    private String modelForm(Actor actor, UUID movementId, Model model) {
        MovementView movement = desk.movement(movementId);
        model.addAttribute("movement", movement);
        model.addAttribute("units", org.candidates(actor, "", null, 300, UNIT_STAFF));
        model.addAttribute("kinds", ModelKind.values());
        model.addAttribute("fields", Field.values());
        model.addAttribute("registrationOpen", movement.phases().isRegistrationOpen(LocalDate.now(clock)));
        return "emulation/model-form";
    }

}
