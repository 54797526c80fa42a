package vn.danvan.petition.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.org.OrgStructure;
import vn.danvan.petition.PetitionDesk;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.ReceptionDesk;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Role;

/**
 * The reception pages: a month's sessions with the scheduling form, a session with its log of citizens, and the
 * compliance of leaders with the legal frequency.
 */
@Controller
@RequestMapping("/reception")
class ReceptionPages {

    private final ReceptionDesk desk;
    private final OrgStructure org;
    private final Clock clock;

    ReceptionPages(ReceptionDesk desk, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String month(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock) : month;
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("sessions", desk.month(actor, shown));
        model.addAttribute("frequencies", desk.frequencies());
        model.addAttribute("offices", desk.offices());
        model.addAttribute("maySchedule", actor.holds(Role.RECEPTION_OFFICER, Role.LEADER));
        model.addAttribute("units", org.candidates(actor, "", null, 300, Role.RECEPTION_OFFICER, Role.LEADER));
        return "reception/month";
    }

    @PostMapping
    String schedule(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String leaderName, @RequestParam(required = false) String office,
            @RequestParam(required = false) YearMonth month, @RequestParam(required = false) String place,
            RedirectAttributes redirect) {
        try {
            desk.schedule(actor, unitId, leaderName, office, month, place);
            redirect.addFlashAttribute("flash", "reception.scheduled");
        } catch (DomainException e) {
            PetitionPages.problem(redirect, e);
        }
        return "redirect:/reception" + (month == null ? "" : "?month=" + month);
    }

    @GetMapping("/compliance")
    String compliance(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, Model model) {
        YearMonth end = to == null ? YearMonth.now(clock) : to;
        YearMonth start = from == null ? end.minusMonths(2) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rows", desk.compliance(actor, start, end));
        return "reception/compliance";
    }

    @GetMapping("/sessions/{id}")
    String session(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("s", desk.view(actor, id));
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "reception/session";
    }

    @PostMapping("/sessions/{id}/closing")
    String close(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "true") boolean held,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, held ? "reception.held" : "reception.missed", () -> desk.close(actor, id, held, note));
    }

    @PostMapping("/sessions/{id}/visits")
    String receive(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String address,
            @RequestParam(required = false) String raised, RedirectAttributes redirect) {
        return act(id, redirect, "reception.visit-logged", () -> desk.receive(actor, id, fullName, idNumber, address, raised));
    }

    @PostMapping("/sessions/{id}/visits/{number}/petition")
    String register(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable int number,
            @RequestParam(required = false) PetitionKind kind, @RequestParam(defaultValue = "") String subject,
            RedirectAttributes redirect) {
        try {
            PetitionDesk.Registered registered = desk.registerPetition(actor, id, number, kind, subject);
            redirect.addFlashAttribute("flash", "petition.registered");
            return "redirect:/petitions/" + registered.id();
        } catch (DomainException e) {
            PetitionPages.problem(redirect, e);
            return "redirect:/reception/sessions/" + id;
        }
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            PetitionPages.problem(redirect, e);
        }
        return "redirect:/reception/sessions/" + id;
    }
}
