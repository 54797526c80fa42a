package vn.danvan.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.report.PeriodType;
import vn.danvan.report.ReportDesign;
import vn.danvan.report.ReportSchedule;
import vn.danvan.report.ReportTemplate;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.web.FormFeedback;

/**
 * Setting up reporting in the browser: the office's templates (elements, sections, indicators, rules typed one per
 * line) and its schedules (who reports, how often, the deadline rule, reminders), created and changed.
 */
@Controller
@RequestMapping("/reports")
class ReportSetupPages {

    private final ReportDesign design;
    private final OrgStructure org;
    private final Clock clock;

    ReportSetupPages(ReportDesign design, OrgStructure org, Clock clock) {
        this.design = design;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/templates")
    String templates(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("templates", design.templates(actor));
        model.addAttribute("mayDefine", !design.coordinatingUnits(actor).isEmpty());
        return "report/templates";
    }

    @GetMapping("/templates/new")
    String newTemplate(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID from, Model model) {
        List<UnitSummary> owners = design.coordinatingUnits(actor);
        TemplateForm form = from != null ? TemplateForm.of(design.template(from))
                : TemplateForm.blank(owners.isEmpty() ? null : owners.get(0).id());
        return templateForm(actor, form, null, 0, model);
    }

    @GetMapping("/templates/{id}")
    String template(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ReportTemplate template = design.template(id);
        return templateForm(actor, TemplateForm.of(template), id, template.version(), model);
    }

    @PostMapping("/templates")
    String defineTemplate(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") TemplateForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            design.defineTemplate(actor, form.toNewTemplate());
            redirect.addFlashAttribute("flash", "report.flash.template-saved");
            return "redirect:/reports/templates";
        } catch (DomainException e) {
            FormFeedback.reject(binding, e);
            return templateForm(actor, form, null, 0, model);
        }
    }

    @PostMapping("/templates/{id}")
    String reviseTemplate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("form") TemplateForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            design.reviseTemplate(actor, id, version, form.toNewTemplate());
            redirect.addFlashAttribute("flash", "report.flash.template-saved");
            return "redirect:/reports/templates";
        } catch (DomainException e) {
            FormFeedback.reject(binding, e);
            return templateForm(actor, form, id, version, model);
        }
    }

    @GetMapping("/schedules/new")
    String newSchedule(@AuthenticationPrincipal Actor actor, Model model) {
        List<UnitSummary> coordinators = design.coordinatingUnits(actor);
        return scheduleForm(actor, ScheduleForm.blank(coordinators.isEmpty() ? null : coordinators.get(0).id(),
                LocalDate.now(clock).getYear()), null, 0, model);
    }

    @GetMapping("/schedules/{id}/edit")
    String editSchedule(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ReportSchedule schedule = design.schedule(id);
        String codes = schedule.listedUnits().stream().map(org::find).flatMap(java.util.Optional::stream)
                .map(UnitSummary::code).collect(Collectors.joining("\n"));
        return scheduleForm(actor, ScheduleForm.of(schedule, codes), id, schedule.version(), model);
    }

    @PostMapping("/schedules")
    String planSchedule(@AuthenticationPrincipal Actor actor, @ModelAttribute("form") ScheduleForm form, BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            return unreadable(actor, form, null, 0, model);
        }
        try {
            UUID id = design.planSchedule(actor, form.toNewSchedule(unitIds(form)));
            return "redirect:/reports/schedules/" + id;
        } catch (DomainException e) {
            FormFeedback.reject(binding, e);
            return scheduleForm(actor, form, null, 0, model);
        }
    }

    @PostMapping("/schedules/{id}/edit")
    String reviseSchedule(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @ModelAttribute("form") ScheduleForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return unreadable(actor, form, id, version, model);
        }
        try {
            design.reviseSchedule(actor, id, version, form.toNewSchedule(unitIds(form)));
            return "redirect:/reports/schedules/" + id;
        } catch (DomainException e) {
            FormFeedback.reject(binding, e);
            return scheduleForm(actor, form, id, version, model);
        }
    }

    /** A form whose values could not even be read (a date that is no date): shown again with one message on top. */
    private String unreadable(Actor actor, ScheduleForm form, UUID id, long version, Model model) {
        model.addAttribute("unreadable", true);
        List<UnitSummary> coordinators = design.coordinatingUnits(actor);
        return scheduleForm(actor, form != null ? form : ScheduleForm.blank(coordinators.isEmpty() ? null : coordinators.get(0).id(),
                LocalDate.now(clock).getYear()), id, version, model);
    }

    private List<UUID> unitIds(ScheduleForm form) {
        List<UUID> ids = new ArrayList<>();
        for (String code : form.codes()) {
            ids.add(org.findByCode(code).map(UnitSummary::id)
                    .orElseThrow(() -> InvalidInput.field("unitCodes", "report.schedule.unit-code-unknown", code)));
        }
        return ids;
    }

    private String templateForm(Actor actor, TemplateForm form, UUID id, long version, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("templateId", id);
        model.addAttribute("version", version);
        model.addAttribute("owners", design.coordinatingUnits(actor));
        return "report/template-form";
    }

    private String scheduleForm(Actor actor, ScheduleForm form, UUID id, long version, Model model) {
        List<UnitSummary> coordinators = design.coordinatingUnits(actor);
        List<UnitSummary> roots = new ArrayList<>(coordinators);
        coordinators.stream().map(UnitSummary::parentId).filter(java.util.Objects::nonNull).map(org::find)
                .flatMap(java.util.Optional::stream).filter(u -> !roots.contains(u)).forEach(roots::add);
        model.addAttribute("form", form);
        model.addAttribute("scheduleId", id);
        model.addAttribute("version", version);
        model.addAttribute("coordinators", coordinators);
        model.addAttribute("roots", roots);
        model.addAttribute("templates", design.templates(actor));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("periodTypes", PeriodType.values());
        return "report/schedule-form";
    }
}
