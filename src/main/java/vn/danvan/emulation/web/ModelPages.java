package vn.danvan.emulation.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
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

import vn.danvan.emulation.AwardForm;
import vn.danvan.emulation.CouncilDesk;
import vn.danvan.emulation.CriteriaSet;
import vn.danvan.emulation.Level;
import vn.danvan.emulation.ModelFile;
import vn.danvan.emulation.ModelStatus;
import vn.danvan.emulation.MovementDesk;
import vn.danvan.emulation.Recognition;
import vn.danvan.emulation.Score;
import vn.danvan.org.OrgStructure;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;

/**
 * A model's page: its file, evidence, the council member's scoring form, recognition, nomination upward, replication
 * and publication. Each action returns to the page, with the reasons when it is refused.
 */
@Controller
@RequestMapping("/emulation/models/{id}")
class ModelPages {

    private final MovementDesk desk;
    private final CouncilDesk council;
    private final OrgStructure org;
    private final Clock clock;

    ModelPages(MovementDesk desk, CouncilDesk council, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.council = council;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String model(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ModelFile file = desk.file(actor, id);
        MovementDesk.Permissions can = desk.permissions(actor, id);
        model.addAttribute("m", file);
        model.addAttribute("can", can);
        java.util.Optional<String> barred = can.councilMember() ? council.ownUnitBarringScore(actor, id) : java.util.Optional.empty();
        model.addAttribute("barredUnit", barred.orElse(null));
        if (can.councilMember() && barred.isEmpty() && file.status() == ModelStatus.NOMINATED) {
            try {
                CriteriaSet criteria = council.criteriaFor(file.movementId());
                model.addAttribute("criteria", criteria);
                model.addAttribute("own", council.ownScores(actor, id));
            } catch (DomainException e) {
                model.addAttribute("criteriaMissing", e.code());
            }
        }
        model.addAttribute("higherMovements", file.status() == ModelStatus.RECOGNISED
                ? desk.movements().stream().filter(v -> file.level() != null && v.level().compareTo(file.level()) > 0).toList()
                : List.of());
        model.addAttribute("replicatingUnits", org.candidates(actor, "", null, 200, Role.SPECIALIST, Role.LEADER, Role.UNIT_ADMIN)
                .stream().filter(h -> !h.unit().id().equals(file.unitId()))
                .filter(h -> file.replications().stream().noneMatch(r -> r.unitId().equals(h.unit().id()))).toList());
        model.addAttribute("levels", Level.values());
        model.addAttribute("forms", AwardForm.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "emulation/model";
    }

    @PostMapping("/implementation")
    String startImplementing(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.implementing", () -> desk.startImplementing(actor, id));
    }

    @PostMapping("/nomination")
    String nominate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) UUID movementId, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.nominated", () -> desk.nominate(actor, id, movementId));
    }

    @PostMapping("/evidence")
    String addEvidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.evidence.added", () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.field("file", "emulation.evidence.empty");
            }
            try {
                desk.addEvidence(actor, id, file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw InvalidInput.field("file", "emulation.evidence.empty");
            }
        });
    }

    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        return EmulationApi.download(desk.evidence(actor, id, evidenceId));
    }

    @PostMapping("/scores")
    String score(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(id, redirect, "emulation.score.saved", () -> {
            List<Score> scores = new ArrayList<>();
            for (Map.Entry<String, String> entry : params.entrySet()) {
                if (entry.getKey().startsWith("score-")) {
                    String criterion = entry.getKey().substring("score-".length());
                    scores.add(new Score(criterionId(criterion), number(entry.getValue(), "score-" + criterion),
                            params.get("comment-" + criterion)));
                }
            }
            council.score(actor, id, scores);
        });
    }

    private static UUID criterionId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("scores", "emulation.score.unknown-criterion");
        }
    }

    static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "emulation.number-invalid");
        }
    }

    @PostMapping("/recognition")
    String recognise(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String level,
            @RequestParam(required = false) String form, @RequestParam(required = false) String decision,
            @RequestParam(required = false) LocalDate decidedOn, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.recognised",
                () -> council.recognise(actor, id, new Recognition(level, form, decision, decidedOn)));
    }

    @PostMapping("/non-recognition")
    String decline(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.declined", () -> council.decline(actor, id));
    }

    @PostMapping("/replications")
    String replicate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) LocalDate startedOn, @RequestParam(required = false) String results,
            RedirectAttributes redirect) {
        return act(id, redirect, "emulation.replication.recorded", () -> desk.replicate(actor, id, unitId, startedOn, results));
    }

    @PostMapping("/people-approval")
    String approvePeople(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.people.approved", () -> desk.approvePeoplePublication(actor, id));
    }

    @PostMapping("/publication")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean includePeople, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.published", () -> desk.publish(actor, id, includePeople));
    }

    @PostMapping("/withdrawal")
    String withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "emulation.model.withdrawn", () -> desk.withdraw(actor, id));
    }

    private static String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            Refusals.flash(redirect, e);
        }
        return "redirect:/emulation/models/" + id;
    }
}
