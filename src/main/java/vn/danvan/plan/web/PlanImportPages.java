package vn.danvan.plan.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.plan.ImportPreview;
import vn.danvan.plan.ImportRequest;
import vn.danvan.plan.PlanDesk;
import vn.danvan.plan.PlanImport;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;

/**
 * Importing a plan document in pages: choose a file (or come from a registered document), review every extracted
 * item beside the sentence it came from, correct or drop it, map unit names to units, and confirm into a draft plan.
 * Nothing is saved before the confirmation; the review travels in the form itself.
 */
@Controller
@RequestMapping("/plans/import")
class PlanImportPages {

    private final PlanImport imports;
    private final OrgStructure org;
    private final Clock clock;

    PlanImportPages(PlanImport imports, OrgStructure org, Clock clock) {
        this.imports = imports;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String start(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID documentId, Model model) {
        return start(actor, model, actor.unitId(), documentId, null);
    }

    @PostMapping
    String read(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID owningUnitId,
            @RequestParam(required = false) UUID documentId, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            ImportPreview preview = file != null && !file.isEmpty()
                    ? imports.preview(actor, owningUnitId, file.getBytes(), file.getOriginalFilename())
                    : documentId != null ? imports.preview(actor, owningUnitId, documentId)
                    : imports.preview(actor, owningUnitId, new byte[0], null);
            return review(model, ImportForm.of(preview), preview.units(), null);
        } catch (DomainException e) {
            return start(actor, model, owningUnitId, documentId, e);
        }
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal Actor actor, ImportForm form, Model model, RedirectAttributes redirect) {
        try {
            UUID id = imports.confirm(actor, form.request());
            redirect.addFlashAttribute("flash", "plan.import.done");
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            return review(model, form, List.of(), e);
        }
    }

    private String start(Actor actor, Model model, UUID owningUnitId, UUID documentId, DomainException problem) {
        model.addAttribute("owningUnitId", owningUnitId);
        model.addAttribute("documentId", documentId);
        model.addAttribute("units", org.candidates(actor, "", null, 300, PlanDesk.draftingRoles()));
        problem(model, problem);
        return "plan/import";
    }

    private String review(Model model, ImportForm form, List<ImportPreview.UnitItem> matched, DomainException problem) {
        model.addAttribute("form", form);
        model.addAttribute("options", options(form, matched));
        problem(model, problem);
        return "plan/import-review";
    }

    /** The units a name may be mapped to: the owning unit's subtree, the matcher's candidates and what is chosen. */
    private List<UnitSummary> options(ImportForm form, List<ImportPreview.UnitItem> matched) {
        Map<UUID, UnitSummary> options = new LinkedHashMap<>();
        if (form.owningUnitId() != null) {
            org.subtree(form.owningUnitId(), LocalDate.now(clock)).forEach(u -> options.put(u.id(), u));
        }
        for (ImportPreview.UnitItem item : matched) {
            item.candidates().forEach(c -> org.find(c.id()).ifPresent(u -> options.putIfAbsent(u.id(), u)));
        }
        for (ImportForm.UnitRow row : form.units()) {
            if (row.unitId() != null) {
                org.find(row.unitId()).ifPresent(u -> options.putIfAbsent(u.id(), u));
            }
        }
        return List.copyOf(options.values());
    }

    private static void problem(Model model, DomainException e) {
        if (e == null) {
            return;
        }
        DomainException.FieldProblem first = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
        model.addAttribute("problem", first == null ? e.code() : first.code());
        model.addAttribute("problemArgs", first == null ? e.args() : first.args());
        model.addAttribute("problemField", first == null ? null : first.field());
    }

    /** The review form: every item with a "keep" box, as the person corrected it. */
    record ImportForm(UUID owningUnitId, UUID documentId, String title, Integer fromYear, Integer toYear,
            List<ObjectiveRow> objectives, List<TargetRow> targets, List<TaskRow> tasks, List<UnitRow> units,
            List<ReportingRow> reporting) {

        ImportForm {
            objectives = objectives == null ? List.of() : objectives;
            targets = targets == null ? List.of() : targets;
            tasks = tasks == null ? List.of() : tasks;
            units = units == null ? List.of() : units;
            reporting = reporting == null ? List.of() : reporting;
        }

        record ObjectiveRow(Boolean keep, String text) {
        }

        record TargetRow(Boolean keep, String indicator, String quantity, String source) {
        }

        record TaskRow(Boolean keep, String number, String parent, Integer depth, String title, String text, String lead,
                String coordinating) {
        }

        record UnitRow(String text, String role, UUID unitId) {
        }

        record ReportingRow(Boolean keep, String text, String recurrence, String to) {
        }

        static ImportForm of(ImportPreview p) {
            return new ImportForm(p.owningUnitId(), p.documentId(), p.title(), p.fromYear(), p.toYear(),
                    p.objectives().stream().map(o -> new ObjectiveRow(true, o)).toList(),
                    p.targets().stream().map(t -> new TargetRow(true, t.indicator(), t.quantity(), t.source())).toList(),
                    p.tasks().stream().map(t -> new TaskRow(true, t.number(), t.parent(), t.depth(), t.title(), t.text(),
                            t.lead(), String.join("; ", t.coordinating()))).toList(),
                    p.units().stream().map(u -> new UnitRow(u.text(), u.role(), u.unitId())).toList(),
                    p.reporting().stream().filter(r -> r.recurrence() != null)
                            .map(r -> new ReportingRow(true, r.text(), r.recurrence(), r.to())).toList());
        }

        ImportRequest request() {
            List<ImportRequest.Task> kept = new ArrayList<>();
            for (TaskRow t : tasks) {
                if (Boolean.TRUE.equals(t.keep())) {
                    List<String> coordinating = t.coordinating() == null ? List.of()
                            : Arrays.stream(t.coordinating().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    kept.add(new ImportRequest.Task(t.number(), t.parent(), t.title(), t.text(), t.lead(), coordinating));
                }
            }
            return new ImportRequest(owningUnitId, documentId, title, fromYear, toYear,
                    objectives.stream().filter(o -> Boolean.TRUE.equals(o.keep())).map(ObjectiveRow::text).toList(),
                    targets.stream().filter(t -> Boolean.TRUE.equals(t.keep()))
                            .map(t -> new ImportRequest.Target(t.indicator(), t.quantity(), t.source())).toList(),
                    kept,
                    units.stream().map(u -> new ImportRequest.Unit(u.text(), u.unitId())).toList(),
                    reporting.stream().filter(r -> Boolean.TRUE.equals(r.keep()))
                            .map(r -> new ImportRequest.Reporting(r.text(), r.recurrence())).toList());
        }
    }
}
