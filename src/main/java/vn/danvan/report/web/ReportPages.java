package vn.danvan.report.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.danvan.report.Completeness;
import vn.danvan.report.DataElement;
import vn.danvan.report.ConsolidatedReport;
import vn.danvan.report.ReportAnalysis;
import vn.danvan.report.ReportCollection;
import vn.danvan.report.ReportDesign;
import vn.danvan.report.ReportReminders;
import vn.danvan.report.ReportSchedule;
import vn.danvan.report.ReportTemplate;
import vn.danvan.report.ReportingPeriod;
import vn.danvan.report.RollUp;
import vn.danvan.report.SubmissionView;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.DomainException;

/**
 * Reporting pages: the reports a user's units owe, a schedule's periods with completeness, the dashboard with
 * drill-down, and a unit's report — entry, XLSX form, submission, return, approval and reopening.
 */
@Controller
@RequestMapping("/reports")
class ReportPages {

    /** How many data elements the dashboard's table shows at once: those around the chosen one. */
    private static final int DASHBOARD_COLUMNS = 8;

    private final ReportDesign design;
    private final ReportCollection collection;
    private final ReportAnalysis analysis;
    private final ConsolidatedReport consolidated;
    private final ReportReminders reminders;
    private final MessageSource messages;
    private final Clock clock;

    ReportPages(ReportDesign design, ReportCollection collection, ReportAnalysis analysis, ConsolidatedReport consolidated,
            ReportReminders reminders, MessageSource messages, Clock clock) {
        this.reminders = reminders;
        this.design = design;
        this.collection = collection;
        this.analysis = analysis;
        this.consolidated = consolidated;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String index(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("due", collection.due(actor));
        model.addAttribute("reminders", reminders.recent(actor));
        model.addAttribute("maySetUp", !design.coordinatingUnits(actor).isEmpty());
        model.addAttribute("schedules", collection.coordinated(actor));
        model.addAttribute("today", LocalDate.now(clock));
        return "report/index";
    }

    @GetMapping("/schedules/{id}")
    String schedule(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String period,
            Model model) {
        ReportSchedule schedule = design.schedule(id);
        String key = period == null || period.isBlank() ? currentPeriod(schedule) : period;
        Completeness completeness = analysis.completeness(actor, id, key);
        model.addAttribute("schedule", schedule);
        model.addAttribute("template", design.template(schedule.templateId()));
        model.addAttribute("periods", periods(schedule));
        model.addAttribute("c", completeness);
        model.addAttribute("upward", collection.upward(actor, id, completeness.period().key()));
        model.addAttribute("maySetUp", design.coordinatingUnits(actor).stream().anyMatch(u -> u.id().equals(schedule.coordinatingUnitId())));
        return "report/schedule";
    }

    @GetMapping("/schedules/{id}/dashboard")
    String dashboard(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam(required = false) String period,
            @RequestParam(required = false) UUID unit, @RequestParam(required = false) String element, Model model) {
        ReportSchedule schedule = design.schedule(id);
        String key = period == null || period.isBlank() ? currentPeriod(schedule) : period;
        ReportTemplate template = design.template(schedule.templateId());
        List<DataElement> elements = template.elements();
        int chosenAt = Math.max(0, elements.stream().map(DataElement::code).toList().indexOf(element));
        int from = chosenAt / DASHBOARD_COLUMNS * DASHBOARD_COLUMNS;
        List<DataElement> columns = elements.subList(Math.min(from, elements.size()), Math.min(from + DASHBOARD_COLUMNS, elements.size()));
        List<String> codes = new ArrayList<>(columns.stream().map(DataElement::code).toList());
        template.indicators().forEach(i -> codes.add(i.code()));
        RollUp rollUp = analysis.rollUp(actor, id, key, unit, codes);
        model.addAttribute("schedule", schedule);
        model.addAttribute("periods", periods(schedule));
        model.addAttribute("r", rollUp);
        model.addAttribute("columns", columns);
        model.addAttribute("root", analysis.rollUpRoot(actor, id));
        model.addAttribute("below", analysis.completenessBelow(actor, id, key, unit));
        model.addAttribute("element", elements.isEmpty() ? null : elements.get(chosenAt).code());
        return "report/dashboard";
    }

    @GetMapping("/schedules/{id}/consolidated.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam String period) {
        return ResponseEntity.ok().contentType(ReportApi.DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-tong-hop-" + period + ".docx\"")
                .body(consolidated.docx(actor, id, period));
    }

    @GetMapping("/schedules/{id}/consolidated.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam String period) {
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bao-cao-tong-hop-" + period + ".pdf\"")
                .body(consolidated.pdf(actor, id, period));
    }

    @PostMapping("/schedules/{id}/forward")
    String forward(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam String period,
            @RequestParam UUID to, RedirectAttributes redirect) {
        UUID upper = consolidated.forwardUpward(actor, id, period, to);
        redirect.addFlashAttribute("flash", "report.flash.forwarded");
        return "redirect:/reports/submissions/" + upper;
    }

    @PostMapping("/schedules/{id}/open")
    String open(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam String period,
            @RequestParam UUID unit) {
        return "redirect:/reports/submissions/" + collection.open(actor, id, period, unit);
    }

    @GetMapping("/submissions/{id}")
    String submission(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        SubmissionView view = collection.view(actor, id);
        Map<String, String> entries = new LinkedHashMap<>();
        view.submission().figures().forEach((k, v) -> entries.put(k, vietnamese(v)));
        return submissionPage(view, entries, view.submission().narratives(), Map.of(), model);
    }

    @PostMapping("/submissions/{id}")
    String save(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form,
            Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, String> entries = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("f_")) {
                entries.put(name.substring(2), values.isEmpty() ? "" : values.get(0));
            } else if (name.startsWith("t_")) {
                texts.put(name.substring(2), values.isEmpty() ? "" : values.get(0));
            }
        });
        try {
            long saved = collection.save(actor, id, version, entries, texts);
            if ("submit".equals(action)) {
                collection.submit(actor, id, saved);
                redirect.addFlashAttribute("flash", "report.flash.submitted");
            } else {
                redirect.addFlashAttribute("flash", "report.flash.saved");
            }
            return "redirect:/reports/submissions/" + id;
        } catch (ConcurrentChange e) {
            SubmissionView view = collection.view(actor, id);
            model.addAttribute("conflict", true);
            Map<String, String> theirs = new LinkedHashMap<>();
            view.submission().figures().forEach((k, v) -> theirs.put(k, vietnamese(v)));
            model.addAttribute("theirs", theirs);
            model.addAttribute("theirTexts", view.submission().narratives());
            return submissionPage(view, entries, texts, Map.of("", List.of(msg(e, locale))), model);
        } catch (DomainException e) {
            return submissionPage(collection.view(actor, id), entries, texts, problems(e, locale), model, version);
        }
    }

    @PostMapping("/submissions/{id}/return")
    String returnWithComments(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return decide(redirect, id, "report.flash.returned", () -> collection.returnWithComments(actor, id, version, comment));
    }

    @PostMapping("/submissions/{id}/approve")
    String approve(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            RedirectAttributes redirect) {
        return decide(redirect, id, "report.flash.approved", () -> collection.approve(actor, id, version));
    }

    @PostMapping("/submissions/{id}/reopen")
    String reopen(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return decide(redirect, id, "report.flash.reopened", () -> collection.reopen(actor, id, version, reason));
    }

    @GetMapping("/submissions/{id}/form.xlsx")
    ResponseEntity<byte[]> form(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        SubmissionView view = collection.view(actor, id);
        List<String> heading = List.of(view.template().name(), view.unit().name(),
                messages.getMessage(view.period().labelKey(), view.period().labelArgs(), locale));
        return ResponseEntity.ok().contentType(ReportApi.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-" + view.period().key() + ".xlsx\"")
                .body(collection.form(actor, id, heading, key -> messages.getMessage(key, null, key, locale)));
    }

    @PostMapping("/submissions/{id}/upload")
    String upload(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            Locale locale) throws IOException {
        try {
            collection.upload(actor, id, version, file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("flash", "report.flash.uploaded");
            return "redirect:/reports/submissions/" + id;
        } catch (DomainException e) {
            SubmissionView view = collection.view(actor, id);
            Map<String, String> entries = new LinkedHashMap<>();
            view.submission().figures().forEach((k, v) -> entries.put(k, vietnamese(v)));
            model.addAttribute("uploadProblems", problems(e, locale));
            return submissionPage(view, entries, view.submission().narratives(), Map.of(), model);
        }
    }

    private String decide(RedirectAttributes redirect, UUID id, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", e.code());
            redirect.addFlashAttribute("problemArgs", e.args());
        }
        return "redirect:/reports/submissions/" + id;
    }

    private String submissionPage(SubmissionView view, Map<String, String> entries, Map<String, String> texts,
            Map<String, List<String>> problems, Model model) {
        return submissionPage(view, entries, texts, problems, model, view.submission().version());
    }

    private String submissionPage(SubmissionView view, Map<String, String> entries, Map<String, String> texts,
            Map<String, List<String>> problems, Model model, long version) {
        model.addAttribute("v", view);
        model.addAttribute("entries", entries);
        model.addAttribute("texts", texts);
        model.addAttribute("problems", problems);
        model.addAttribute("version", model.containsAttribute("conflict") ? view.submission().version() : version);
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = view.submission().figures();
        view.template().indicators().forEach(i -> {
            BigDecimal value = i.valueOf(figures.get(i.numerator()), figures.get(i.denominator()));
            if (value != null) {
                indicators.put(i.code(), value);
            }
        });
        model.addAttribute("indicators", indicators);
        return "report/submission";
    }

    private Map<String, List<String>> problems(DomainException e, Locale locale) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            problems.computeIfAbsent("", k -> new ArrayList<>()).add(msg(e, locale));
        }
        for (DomainException.FieldProblem p : e.fieldProblems()) {
            problems.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(messages.getMessage(p.code(), p.args(), p.code(), locale));
        }
        return problems;
    }

    private String msg(DomainException e, Locale locale) {
        return messages.getMessage(e.code(), e.args(), e.code(), locale);
    }

    private static String vietnamese(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The periods to choose from: this year's and last year's that have begun. */
    private List<ReportingPeriod> periods(ReportSchedule schedule) {
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            List<ReportingPeriod> ofYear = new ArrayList<>(schedule.periodsIn(year));
            java.util.Collections.reverse(ofYear);
            ofYear.stream().filter(p -> !p.cutOffFrom().isAfter(today) && !periods.contains(p)).forEach(periods::add);
        }
        return periods;
    }

    /** The latest period whose deadline has passed, else the latest that has begun. */
    private String currentPeriod(ReportSchedule schedule) {
        LocalDate today = LocalDate.now(clock);
        List<ReportingPeriod> periods = periods(schedule);
        return periods.stream().filter(p -> schedule.deadline(p).isPassedOn(today)).findFirst()
                .or(() -> periods.stream().findFirst())
                .orElseGet(() -> schedule.periodsIn(today.getYear()).get(0)).key();
    }
}
