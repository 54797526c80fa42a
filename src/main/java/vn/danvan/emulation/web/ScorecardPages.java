package vn.danvan.emulation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import vn.danvan.emulation.CriteriaSet;
import vn.danvan.emulation.NewScorecardTemplate;
import vn.danvan.emulation.ScorecardDesk;
import vn.danvan.emulation.ScorecardTemplate;
import vn.danvan.emulation.ScorecardView;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Role;

/**
 * The "dân vận chính quyền" scorecard pages: templates, an agency's self-assessment, the grader's adjustments, the
 * ranking and each agency's history.
 */
@Controller
@RequestMapping("/emulation/scorecards")
class ScorecardPages {

    private static final Role[] GRADERS = { Role.COORDINATING_OFFICE, Role.LEADER, Role.UNIT_ADMIN };
    private static final Role[] UNIT_STAFF = { Role.SPECIALIST, Role.LEADER, Role.UNIT_ADMIN };

    private final ScorecardDesk scorecards;
    private final OrgStructure org;

    ScorecardPages(ScorecardDesk scorecards, OrgStructure org) {
        this.scorecards = scorecards;
        this.org = org;
    }

    /** The template form: one line per criterion ("name | points | evidence yes/no") and per band. */
    record TemplateForm(UUID gradingUnitId, Integer year, String name, String itemsText, String bandsText) {
    }

    @GetMapping
    String templates(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new TemplateForm(null, null, null, null, null));
        return templatesPage(actor, model);
    }

    @PostMapping("/templates")
    String define(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") TemplateForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            List<NewScorecardTemplate.NewItem> items = new ArrayList<>();
            for (String[] parts : CriteriaPages.lines(form.itemsText(), "itemsText", 3)) {
                String evidence = vn.danvan.shared.VietnameseText.fold(parts[2]);
                items.add(new NewScorecardTemplate.NewItem(parts[0], CriteriaPages.decimal(parts[1], "itemsText"),
                        evidence.equals("co") || evidence.equals("yes") || evidence.equals("x")));
            }
            List<CriteriaSet.Band> bands = CriteriaPages.bands(form.bandsText());
            UUID id = scorecards.defineTemplate(actor, new NewScorecardTemplate(form.gradingUnitId(), form.year(), form.name(), items, bands));
            redirect.addFlashAttribute("flash", "emulation.scorecard.defined");
            return "redirect:/emulation/scorecards/templates/" + id;
        } catch (DomainException e) {
            Refusals.reject(result, e, null);
        }
        return templatesPage(actor, model);
    }

    private String templatesPage(Actor actor, Model model) {
        model.addAttribute("templates", scorecards.templates());
        model.addAttribute("graderUnits", org.candidates(actor, "", null, 200, GRADERS));
        return "emulation/scorecards";
    }

    @GetMapping("/templates/{id}")
    String template(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("template", scorecards.template(id));
        model.addAttribute("ranking", scorecards.ranking(actor, id));
        model.addAttribute("grader", scorecards.grades(actor, id));
        model.addAttribute("myUnits", org.candidates(actor, "", null, 100, UNIT_STAFF));
        return "emulation/scorecard-template";
    }

    @GetMapping("/templates/{id}/units/{unitId}")
    String assessment(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID unitId, Model model) {
        UnitSummary unit = org.visible(actor, unitId);
        java.util.Optional<ScorecardView> card = scorecards.scorecardOf(actor, id, unitId);
        if (card.isPresent() && card.get().status() != vn.danvan.emulation.ScorecardStatus.DRAFT) {
            return "redirect:/emulation/scorecards/" + card.get().id();
        }
        model.addAttribute("template", scorecards.template(id));
        model.addAttribute("unit", unit);
        model.addAttribute("card", card.orElse(null));
        return "emulation/assessment";
    }

    @PostMapping("/templates/{id}/units/{unitId}")
    String assess(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID unitId,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        String back = "redirect:/emulation/scorecards/templates/" + id + "/units/" + unitId;
        try {
            ScorecardTemplate template = scorecards.template(id);
            List<ScorecardDesk.SelfScore> scores = new ArrayList<>();
            for (ScorecardTemplate.Item item : template.items()) {
                scores.add(new ScorecardDesk.SelfScore(item.id(), ModelPages.number(params.get("score-" + item.id()),
                        "score-" + item.id()), params.get("evidence-" + item.id())));
            }
            Long version = params.get("version") == null || params.get("version").isBlank() ? null : Long.valueOf(params.get("version"));
            UUID card = scorecards.assess(actor, id, unitId, scores, version);
            if ("submit".equals(params.get("action"))) {
                scorecards.submit(actor, card);
                redirect.addFlashAttribute("flash", "emulation.scorecard.submitted");
                return "redirect:/emulation/scorecards/" + card;
            }
            redirect.addFlashAttribute("flash", "emulation.scorecard.saved");
        } catch (DomainException e) {
            Refusals.flash(redirect, e);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("refusals", List.of(new Refusals.Refusal("emulation.number-invalid", new Object[0])));
        }
        return back;
    }

    @GetMapping("/{id}")
    String scorecard(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ScorecardView card = scorecards.scorecard(actor, id);
        model.addAttribute("card", card);
        model.addAttribute("grader", scorecards.grades(actor, card.template().id()));
        model.addAttribute("history", scorecards.history(actor, card.unitId()));
        return "emulation/scorecard";
    }

    @PostMapping("/{id}/grading")
    String grade(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        try {
            ScorecardView card = scorecards.scorecard(actor, id);
            List<ScorecardDesk.Adjustment> adjustments = new ArrayList<>();
            for (ScorecardView.Entry e : card.entries()) {
                adjustments.add(new ScorecardDesk.Adjustment(e.item().id(), ModelPages.number(params.get("final-" + e.item().id()),
                        "final-" + e.item().id()), params.get("reason-" + e.item().id())));
            }
            Long version = params.get("version") == null || params.get("version").isBlank() ? null : Long.valueOf(params.get("version"));
            scorecards.grade(actor, id, adjustments, version);
            redirect.addFlashAttribute("flash", "emulation.scorecard.graded");
        } catch (DomainException e) {
            Refusals.flash(redirect, e);
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("refusals", List.of(new Refusals.Refusal("emulation.number-invalid", new Object[0])));
        }
        return "redirect:/emulation/scorecards/" + id;
    }
}
