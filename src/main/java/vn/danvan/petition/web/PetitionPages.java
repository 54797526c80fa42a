package vn.danvan.petition.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.org.OrgStructure;
import vn.danvan.petition.Channel;
import vn.danvan.petition.Complexity;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PetitionDesk;
import vn.danvan.petition.PetitionFiles;
import vn.danvan.petition.PetitionFilter;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.PetitionView;
import vn.danvan.petition.PetitionerDetails;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * The petition pages: the list (and the overdue list), intake, a petition with its clock and the decisions that can
 * be taken on it, the protected identity for those entitled, and the on-time rates. A refused decision comes back as
 * a message above the page, with nothing changed.
 */
@Controller
@RequestMapping("/petitions")
class PetitionPages {

    private static final int PETITIONER_ROWS = 3;

    private final PetitionDesk desk;
    private final PetitionQueries queries;
    private final PetitionFiles files;
    private final OrgStructure org;
    private final Clock clock;

    PetitionPages(PetitionDesk desk, PetitionQueries queries, PetitionFiles files, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.queries = queries;
        this.files = files;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) PetitionStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("petitions", queries.list(actor, new PetitionFilter(q, kind, status, null, overdue),
                Paging.of(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("mayRegister", actor.holds(Role.RECEPTION_OFFICER));
        StringBuilder base = new StringBuilder("/petitions?overdue=" + overdue);
        if (q != null) {
            base.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (kind != null) {
            base.append("&kind=").append(kind);
        }
        if (status != null) {
            base.append("&status=").append(status);
        }
        model.addAttribute("base", base.toString());
        return "petition/list";
    }

    @GetMapping("/new")
    String newPetition(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("units", org.candidates(actor, "", null, 300, Role.RECEPTION_OFFICER));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("rows", PETITIONER_ROWS);
        model.addAttribute("today", LocalDate.now(clock));
        return "petition/form";
    }

    @PostMapping
    String register(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) PetitionKind kind,
            @RequestParam(required = false) LocalDate receivedOn, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "false") boolean remote,
            @RequestParam(defaultValue = "false") boolean secondTime,
            @RequestParam(defaultValue = "false") boolean confidential,
            @RequestParam(name = "fullName", required = false) List<String> names,
            @RequestParam(name = "idNumber", required = false) List<String> idNumbers,
            @RequestParam(name = "address", required = false) List<String> addresses,
            @RequestParam(name = "phone", required = false) List<String> phones,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        List<PetitionerDetails> people = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            if (names.get(i) != null && !names.get(i).isBlank()) {
                people.add(new PetitionerDetails(names.get(i), at(idNumbers, i), at(addresses, i), at(phones, i)));
            }
        }
        try {
            PetitionDesk.Registered registered = desk.register(actor, new NewPetition(unitId, channel, kind, receivedOn,
                    subject, content, remote, secondTime, confidential, people));
            if (file != null && !file.isEmpty()) {
                files.attach(actor, registered.id(), file.getOriginalFilename(), file.getBytes());
            }
            redirect.addFlashAttribute("flash", "petition.registered");
            return "redirect:/petitions/" + registered.id();
        } catch (DomainException e) {
            problem(redirect, e);
            return "redirect:/petitions/new";
        }
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        PetitionView petition = queries.view(actor, id);
        model.addAttribute("p", petition);
        model.addAttribute("duplicates", petition.status() == PetitionStatus.RECEIVED ? queries.duplicates(actor, id) : List.of());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("levels", new Complexity[] { Complexity.COMPLEX, Complexity.ESPECIALLY_COMPLEX });
        model.addAttribute("outcomes", Outcome.values());
        if (petition.status() == PetitionStatus.RECEIVED) {
            model.addAttribute("targets", org.candidates(Actor.system(), "", null, 300));
        }
        return "petition/detail";
    }

    @PostMapping("/{id}/reveal")
    String reveal(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("revealed", desk.reveal(actor, id));
        return detail(actor, id, model);
    }

    @PostMapping("/{id}/classification")
    String classify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) PetitionKind kind,
            @RequestParam(defaultValue = "false") boolean secondTime, @RequestParam(defaultValue = "false") boolean remote,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.classified", () -> desk.classify(actor, id, kind, secondTime, remote));
    }

    @PostMapping("/{id}/acceptance")
    String accept(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) LocalDate acceptedOn, @RequestParam(required = false) String documentNumber,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.accepted", () -> desk.accept(actor, id, acceptedOn, documentNumber));
    }

    @PostMapping("/{id}/forwarding")
    String forward(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) UUID targetUnitId, @RequestParam(required = false) String slipNumber,
            @RequestParam(required = false) LocalDate forwardedOn, RedirectAttributes redirect) {
        return act(id, redirect, "petition.forwarded", () -> desk.forward(actor, id, targetUnitId, slipNumber, forwardedOn));
    }

    @PostMapping("/{id}/settlement")
    String settle(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam PetitionStatus how,
            @RequestParam(required = false) String note, @RequestParam(required = false) LocalDate on,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.settled", () -> desk.settle(actor, id, how, note, on));
    }

    @PostMapping("/{id}/assignment")
    String assign(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.assigned", () -> desk.assign(actor, id, username));
    }

    @PostMapping("/{id}/verifications")
    String verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        return act(id, redirect, "petition.verified", () -> desk.recordVerification(actor, id, note, on));
    }

    @PostMapping("/{id}/extensions")
    String extend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) Complexity level, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decisionDate,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.extended", () -> desk.extend(actor, id, days == null ? 0 : days, level, reason,
                decisionNumber, decisionDate));
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) String decisionNumber, @RequestParam(required = false) LocalDate decisionDate,
            @RequestParam(required = false) String summary, RedirectAttributes redirect) {
        return act(id, redirect, "petition.concluded", () -> desk.conclude(actor, id, outcome, decisionNumber, decisionDate,
                summary));
    }

    @PostMapping("/{id}/follow-ups")
    String followUp(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.followed-up", () -> desk.followUp(actor, id, note));
    }

    @PostMapping("/{id}/flags")
    String flag(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean repeated, @RequestParam(defaultValue = "false") boolean complexMass,
            RedirectAttributes redirect) {
        return act(id, redirect, "petition.flagged", () -> desk.flag(actor, id, repeated, complexMass));
    }

    @PostMapping("/{id}/attachments")
    String attach(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return act(id, redirect, "petition.attached", () -> files.attach(actor, id, file.getOriginalFilename(), content));
    }

    @GetMapping("/on-time")
    String onTime(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("rates", queries.onTimeRates(actor, start, end));
        return "petition/on-time";
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            problem(redirect, e);
        }
        return "redirect:/petitions/" + id;
    }

    static void problem(RedirectAttributes redirect, DomainException e) {
        if (e.fieldProblems().isEmpty()) {
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.args());
        } else {
            DomainException.FieldProblem first = e.fieldProblems().get(0);
            redirect.addFlashAttribute("problem", first.code());
            redirect.addFlashAttribute("problemArgs", first.args());
        }
    }
}
