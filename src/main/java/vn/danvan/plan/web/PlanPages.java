package vn.danvan.plan.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.plan.Allocation;
import vn.danvan.plan.NewTarget;
import vn.danvan.plan.NewTask;
import vn.danvan.plan.PlanCascade;
import vn.danvan.plan.PlanDesk;
import vn.danvan.plan.PlanQueries;
import vn.danvan.plan.PlanStatus;
import vn.danvan.plan.PlanView;
import vn.danvan.plan.TaskReport;
import vn.danvan.plan.TaskStatus;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * The plan pages: plans by unit and year, a plan with its objectives, targets in their status colours, the task tree
 * and the units' adoption; drafting and editing; issuing, closing, reopening and cascading; a task with its reports
 * and the form to report progress; a unit's tasks and overdue tasks. A refused change comes back as a message above
 * the page (or the form), with nothing changed.
 */
@Controller
@RequestMapping("/plans")
class PlanPages {

    private final PlanDesk desk;
    private final PlanCascade cascade;
    private final PlanQueries queries;
    private final OrgStructure org;
    private final Clock clock;

    PlanPages(PlanDesk desk, PlanCascade cascade, PlanQueries queries, OrgStructure org, Clock clock) {
        this.desk = desk;
        this.cascade = cascade;
        this.queries = queries;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("plans", queries.list(actor, unit, year, status, Paging.of(page, 50)));
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("units", org.candidates(actor, "", null, 300));
        model.addAttribute("mayDraft", actor.holds(PlanDesk.draftingRoles()));
        StringBuilder base = new StringBuilder("/plans?");
        if (unit != null) {
            base.append("unit=").append(unit).append('&');
        }
        if (year != null) {
            base.append("year=").append(year).append('&');
        }
        if (status != null) {
            base.append("status=").append(status).append('&');
        }
        model.addAttribute("base", base.substring(0, base.length() - 1));
        return "plan/list";
    }

    @GetMapping("/new")
    String newPlan(@AuthenticationPrincipal Actor actor, Model model) {
        int year = LocalDate.now(clock).getYear();
        return planForm(actor, model, new PlanForm(null, null, null, actor.unitId(), year, year, null), null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal Actor actor, PlanForm form, Model model, RedirectAttributes redirect) {
        try {
            UUID id = desk.createDraft(actor, form.owningUnitId(), PlanDtos.period(form.fromYear(), form.toYear(), null, null),
                    form.title(), form.objectives());
            redirect.addFlashAttribute("flash", "plan.drafted");
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            return planForm(actor, model, form, e);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        PlanView plan = queries.view(actor, id);
        return planForm(actor, model, new PlanForm(id, plan.title(), plan.objectives(), plan.owningUnitId(),
                plan.periodStart().getYear(), plan.periodEnd().getYear(), plan.version()), null);
    }

    @PostMapping("/{id}")
    String describe(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, PlanForm form, Model model,
            RedirectAttributes redirect) {
        try {
            desk.describe(actor, id, form.version(), form.title(), PlanDtos.period(form.fromYear(), form.toYear(), null, null),
                    form.objectives());
            redirect.addFlashAttribute("flash", "plan.saved");
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            return planForm(actor, model, new PlanForm(id, form.title(), form.objectives(), form.owningUnitId(),
                    form.fromYear(), form.toYear(), form.version()), e);
        }
    }

    private String planForm(Actor actor, Model model, PlanForm form, DomainException problem) {
        model.addAttribute("form", form);
        model.addAttribute("units", org.candidates(actor, "", null, 300, PlanDesk.draftingRoles()));
        problem(model, problem);
        return "plan/form";
    }

    @GetMapping("/{id}")
    String plan(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        PlanView plan = queries.view(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("statuses", TaskStatus.values());
        if (plan.isDraft()) {
            model.addAttribute("taskUnits", taskUnits(plan.owningUnitId()));
        }
        if (plan.status() == PlanStatus.ISSUED) {
            model.addAttribute("cascadeUnits", taskUnits(plan.owningUnitId()));
        }
        return "plan/detail";
    }

    /** Units a task may name: the owning unit's parent's subtree (its siblings and everything under it). */
    private List<UnitSummary> taskUnits(UUID owningUnitId) {
        UnitSummary owner = org.find(owningUnitId).orElseThrow();
        return org.subtree(owner.parentId() != null ? owner.parentId() : owner.id(), LocalDate.now(clock));
    }

    @PostMapping("/{id}/targets")
    String addTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, TargetForm form, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.target.added", () -> desk.addTarget(actor, id, form.version(), form.target()));
    }

    @GetMapping("/targets/{targetId}/edit")
    String editTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId, Model model) {
        PlanView plan = planOfTarget(actor, targetId);
        PlanView.TargetView target = plan.targets().stream().filter(t -> t.id().equals(targetId)).findFirst().orElseThrow();
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        java.util.Map<UUID, BigDecimal> amounts = new java.util.HashMap<>();
        target.allocations().forEach(a -> amounts.put(a.unitId(), a.amount()));
        model.addAttribute("amounts", amounts);
        model.addAttribute("units", taskUnits(plan.owningUnitId()));
        return "plan/target";
    }

    @PostMapping("/targets/{targetId}")
    String saveTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId, @RequestParam UUID planId,
            TargetForm form, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + planId, "plan.target.saved", () -> desk.editTarget(actor, targetId, form.version(),
                form.target()));
    }

    @PostMapping("/targets/{targetId}/delete")
    String removeTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId, @RequestParam UUID planId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + planId, "plan.target.removed", () -> desk.removeTarget(actor, targetId, version));
    }

    @PostMapping("/targets/{targetId}/allocations")
    String allocate(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId, @RequestParam UUID planId,
            @RequestParam(required = false) Long version, @RequestParam(name = "unitId", required = false) List<UUID> units,
            @RequestParam(name = "amount", required = false) List<BigDecimal> amounts, RedirectAttributes redirect) {
        List<Allocation> shares = new ArrayList<>();
        for (int i = 0; units != null && i < units.size(); i++) {
            BigDecimal amount = amounts != null && i < amounts.size() ? amounts.get(i) : null;
            if (units.get(i) != null && amount != null) {
                shares.add(new Allocation(units.get(i), amount));
            }
        }
        return act(redirect, "/plans/" + planId, "plan.target.allocated", () -> desk.allocate(actor, targetId, version, shares));
    }

    @PostMapping("/targets/{targetId}/measurements")
    String measure(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId, @RequestParam UUID planId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String value,
            @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + planId, "plan.target.measured", () -> desk.measureTarget(actor, targetId, version,
                TargetForm.number(value, "latestValue"), on));
    }

    @PostMapping("/{id}/tasks")
    String addTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, TaskForm form, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.task.added", () -> desk.addTask(actor, id, form.version(), form.task()));
    }

    @GetMapping("/tasks/{taskId}/edit")
    String editTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, Model model) {
        PlanQueries.TaskDetails details = queries.task(actor, taskId);
        model.addAttribute("plan", details.plan());
        model.addAttribute("task", details.task());
        model.addAttribute("taskUnits", taskUnits(details.plan().owningUnitId()));
        return "plan/task-form";
    }

    @PostMapping("/tasks/{taskId}")
    String saveTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestParam UUID planId, TaskForm form,
            RedirectAttributes redirect) {
        return act(redirect, "/plans/" + planId, "plan.task.saved", () -> desk.editTask(actor, taskId, form.version(), form.task()));
    }

    @PostMapping("/tasks/{taskId}/delete")
    String removeTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestParam UUID planId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + planId, "plan.task.removed", () -> desk.removeTask(actor, taskId, version));
    }

    @GetMapping("/tasks/{taskId}")
    String task(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, Model model) {
        PlanQueries.TaskDetails details = queries.task(actor, taskId);
        model.addAttribute("details", details);
        model.addAttribute("plan", details.plan());
        model.addAttribute("task", details.task());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("contributing", details.task().coordinators().stream()
                .filter(c -> actor.may(org.find(c.unitId()).map(UnitSummary::path).orElse(null), PlanDesk.draftingRoles()))
                .toList());
        return "plan/task";
    }

    @PostMapping("/tasks/{taskId}/reports")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String progress,
            @RequestParam(required = false) String note, @RequestParam(name = "file", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) throws IOException {
        List<TaskReport.File> evidence = PlanApi.evidence(files);
        return act(redirect, "/plans/tasks/" + taskId, "plan.task.reported", () -> desk.reportTask(actor, taskId, version,
                new TaskReport(status, TaskForm.percent(progress), note, evidence)));
    }

    @PostMapping("/tasks/{taskId}/contributions")
    String contribute(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestParam(required = false) UUID unitId,
            @RequestParam(required = false) String note, @RequestParam(required = false) String progress,
            RedirectAttributes redirect) {
        return act(redirect, "/plans/tasks/" + taskId, "plan.task.contributed", () -> desk.contribute(actor, taskId, unitId, note,
                TaskForm.percent(progress), List.of()));
    }

    @GetMapping("/tasks/{taskId}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @PathVariable UUID fileId) {
        PlanQueries.EvidenceFile file = queries.evidence(actor, taskId, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .body(file.content());
    }

    @PostMapping("/{id}/issue")
    String issue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) LocalDate issuedOn, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.issued", () -> desk.issue(actor, id, version, issuedOn, null));
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.closed-now", () -> desk.close(actor, id, version));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.reopened", () -> desk.reopen(actor, id, version));
    }

    @PostMapping("/{id}/cascade")
    String cascade(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(name = "unitId", required = false) List<UUID> units, RedirectAttributes redirect) {
        return act(redirect, "/plans/" + id, "plan.cascaded", () -> cascade.cascade(actor, id, units));
    }

    @GetMapping("/tasks/mine")
    String myTasks(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit, Model model) {
        UUID chosen = unit != null ? unit : actor.unitId();
        model.addAttribute("kind", "mine");
        model.addAttribute("unit", chosen);
        model.addAttribute("units", org.candidates(actor, "", null, 300));
        model.addAttribute("tasks", chosen == null ? List.of() : queries.tasksOf(actor, chosen));
        return "plan/tasks";
    }

    @GetMapping("/tasks/overdue")
    String overdue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit, Model model) {
        UUID chosen = unit != null ? unit : actor.unitId();
        model.addAttribute("kind", "overdue");
        model.addAttribute("unit", chosen);
        model.addAttribute("units", org.candidates(actor, "", null, 300));
        model.addAttribute("tasks", chosen == null ? List.of() : queries.overdue(actor, chosen));
        return "plan/tasks";
    }

    private PlanView planOfTarget(Actor actor, UUID targetId) {
        return queries.view(actor, queries.planOfTarget(targetId));
    }

    private static String act(RedirectAttributes redirect, String back, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", done);
        } catch (DomainException e) {
            DomainException.FieldProblem first = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
            redirect.addFlashAttribute("problem", first == null ? e.code() : first.code());
            redirect.addFlashAttribute("problemArgs", first == null ? e.args() : first.args());
        }
        return "redirect:" + back;
    }

    private static void problem(Model model, DomainException e) {
        if (e == null) {
            return;
        }
        DomainException.FieldProblem first = e.fieldProblems().isEmpty() ? null : e.fieldProblems().get(0);
        model.addAttribute("problem", first == null ? e.code() : first.code());
        model.addAttribute("problemArgs", first == null ? e.args() : first.args());
    }

    /** The plan form: title, objectives, owning unit and years. */
    record PlanForm(UUID id, String title, String objectives, UUID owningUnitId, Integer fromYear, Integer toYear,
            Long version) {
    }

    /** The target form: the value as written ("trên 90%"), baseline and tolerance as typed. */
    record TargetForm(String indicator, String quantity, String baseline, LocalDate dueOn, String tolerance, Long version) {

        NewTarget target() {
            return NewTarget.written(indicator, quantity, number(baseline, "baseline"), dueOn, number(tolerance, "tolerance"));
        }

        /** A number as typed in Vietnamese ("1.234,5"); blank is none. */
        static BigDecimal number(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return vn.danvan.plan.extraction.VietnameseNumber.parse(text.strip());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw InvalidInput.field(field, "plan.number.invalid", text);
            }
        }
    }

    /** The task form; coordinating units as a multiple choice. */
    record TaskForm(String number, UUID parentId, String title, String text, UUID leadUnitId,
            List<UUID> coordinatingUnitIds, String responsible, LocalDate dueOn, String recurrence, String weight,
            Long version) {

        NewTask task() {
            return new NewTask(number, parentId, title, text, leadUnitId, coordinatingUnitIds, responsible, dueOn, recurrence,
                    TargetForm.number(weight, "weight"));
        }

        /** A percentage as typed; anything but a whole number is refused as such. */
        static Integer percent(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip().replace("%", "").strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.field("progress", "plan.task.progress-invalid");
            }
        }
    }
}
