package vn.danvan.petition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.org.OrgStructure;
import vn.danvan.petition.DialogueDesk;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * The dialogue pages: the list with the overdue commitments, planning, a dialogue with its questions, answers and
 * commitments and the forms to record them; and the published minutes anyone may read.
 */
@Controller
class DialoguePages {

    private final DialogueDesk desk;
    private final OrgStructure org;
    private final Clock clock;

    DialoguePages(DialogueDesk desk, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/dialogues")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("dialogues", desk.list(actor, Paging.of(page, 50)));
        model.addAttribute("overdue", desk.overdue(actor));
        model.addAttribute("mayPlan", actor.holds(Role.RECEPTION_OFFICER, Role.LEADER));
        model.addAttribute("units", org.candidates(actor, "", null, 300, Role.RECEPTION_OFFICER, Role.LEADER));
        model.addAttribute("today", LocalDate.now(clock));
        return "dialogue/list";
    }

    @PostMapping("/dialogues")
    String plan(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unitId,
            @RequestParam(defaultValue = "") String subject, @RequestParam(required = false) String place,
            @RequestParam(required = false) LocalDate plannedOn, RedirectAttributes redirect) {
        try {
            UUID id = desk.plan(actor, unitId, subject, place, plannedOn);
            redirect.addFlashAttribute("flash", "dialogue.planned");
            return "redirect:/dialogues/" + id;
        } catch (DomainException e) {
            PetitionPages.problem(redirect, e);
            return "redirect:/dialogues";
        }
    }

    @GetMapping("/dialogues/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("d", desk.view(actor, id));
        model.addAttribute("units", org.candidates(Actor.system(), "", null, 300));
        model.addAttribute("today", LocalDate.now(clock));
        return "dialogue/detail";
    }

    @PostMapping("/dialogues/{id}/holding")
    String hold(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) LocalDate heldOn,
            @RequestParam(required = false) String chair, @RequestParam(required = false) String participants,
            @RequestParam(required = false) String minutes, RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.held", () -> desk.hold(actor, id, heldOn, chair, participants, minutes));
    }

    @PostMapping("/dialogues/{id}/questions")
    String raise(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String askedBy,
            @RequestParam(required = false) String question, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.question-recorded", () -> desk.raise(actor, id, askedBy, question, answer));
    }

    @PostMapping("/dialogues/{id}/commitments")
    String commit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String content,
            @RequestParam(required = false) UUID ownerUnitId, @RequestParam(required = false) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.commitment-made", () -> desk.commit(actor, id, content, ownerUnitId, dueOn));
    }

    @PostMapping("/dialogues/{id}/commitments/{number}/fulfilment")
    String fulfil(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable int number,
            @RequestParam(required = false) String evidence, @RequestParam(required = false) LocalDate doneOn,
            RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.commitment-fulfilled", () -> desk.fulfil(actor, id, number, evidence, doneOn));
    }

    @PostMapping("/dialogues/{id}/commitments/{number}/confirmation")
    String confirm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable int number,
            @RequestParam(defaultValue = "true") boolean confirmed, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.commitment-confirmed", () -> desk.confirm(actor, id, number, confirmed, note));
    }

    @PostMapping("/dialogues/{id}/publication")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "dialogue.published", () -> desk.publish(actor, id));
    }

    @GetMapping("/public/dialogues")
    String published(Model model) {
        model.addAttribute("dialogues", desk.published());
        return "dialogue/public-list";
    }

    @GetMapping("/public/dialogues/{id}")
    String minutes(@PathVariable UUID id, Model model) {
        model.addAttribute("m", desk.minutes(id));
        return "dialogue/minutes";
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            PetitionPages.problem(redirect, e);
        }
        return "redirect:/dialogues/" + id;
    }
}
