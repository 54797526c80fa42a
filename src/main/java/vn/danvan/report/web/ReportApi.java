package vn.danvan.report.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.report.ConsolidatedReport;
import vn.danvan.report.NewSchedule;
import vn.danvan.report.NewTemplate;
import vn.danvan.report.ReportAnalysis;
import vn.danvan.report.ReportCollection;
import vn.danvan.report.ReportDesign;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Reporting over REST: templates and schedules, the reports units owe, entering, submitting and deciding on a report,
 * its XLSX form, completeness and roll-up per period, and the consolidated DOCX and PDF. Scoped to the caller's units.
 * Completeness names the missing and late units (every unit with {@code all=true}).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportDesign design;
    private final ReportCollection collection;
    private final ReportAnalysis analysis;
    private final ConsolidatedReport consolidated;
    private final MessageSource messages;

    ReportApi(ReportDesign design, ReportCollection collection, ReportAnalysis analysis, ConsolidatedReport consolidated,
            MessageSource messages) {
        this.design = design;
        this.collection = collection;
        this.analysis = analysis;
        this.consolidated = consolidated;
        this.messages = messages;
    }

    @GetMapping("/templates")
    List<ReportDtos.Template> templates(@AuthenticationPrincipal Actor actor) {
        return design.templates(actor).stream().map(ReportDtos.Template::of).toList();
    }

    @PostMapping("/templates")
    @ResponseStatus(HttpStatus.CREATED)
    ReportDtos.Created defineTemplate(@AuthenticationPrincipal Actor actor, @RequestBody NewTemplate template) {
        return new ReportDtos.Created(design.defineTemplate(actor, template));
    }

    @GetMapping("/schedules")
    PageOf<ReportDtos.Schedule> schedules(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return page(collection.coordinated(actor).stream().map(ReportDtos.Schedule::of).toList(), Paging.of(page, size));
    }

    @PostMapping("/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    ReportDtos.Created planSchedule(@AuthenticationPrincipal Actor actor, @RequestBody NewSchedule schedule) {
        return new ReportDtos.Created(design.planSchedule(actor, schedule));
    }

    @GetMapping("/due")
    PageOf<ReportDtos.Due> due(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return page(collection.due(actor).stream().map(ReportDtos.Due::of).toList(), Paging.of(page, size));
    }

    @GetMapping("/schedules/{id}/periods/{period}/completeness")
    ReportDtos.CompletenessReport completeness(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @PathVariable String period, @RequestParam(defaultValue = "false") boolean all) {
        return ReportDtos.CompletenessReport.of(analysis.completeness(actor, id, period), all);
    }

    @GetMapping("/schedules/{id}/periods/{period}/roll-up")
    ReportDtos.RollUpReport rollUp(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String period,
            @RequestParam(required = false) UUID unit, @RequestParam(required = false) List<String> elements) {
        return ReportDtos.RollUpReport.of(analysis.rollUp(actor, id, period, unit, elements));
    }

    @GetMapping("/schedules/{id}/periods/{period}/consolidated.docx")
    ResponseEntity<byte[]> consolidated(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String period) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-tong-hop-" + period + ".docx\"")
                .body(consolidated.docx(actor, id, period));
    }

    @GetMapping("/schedules/{id}/periods/{period}/consolidated.pdf")
    ResponseEntity<byte[]> consolidatedPdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String period) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bao-cao-tong-hop-" + period + ".pdf\"")
                .body(consolidated.pdf(actor, id, period));
    }

    @PostMapping("/schedules/{id}/periods/{period}/forward")
    @ResponseStatus(HttpStatus.CREATED)
    ReportDtos.Created forward(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String period,
            @RequestParam UUID to) {
        return new ReportDtos.Created(consolidated.forwardUpward(actor, id, period, to));
    }

    @PostMapping("/schedules/{id}/periods/{period}/units/{unitId}")
    ReportDtos.Created open(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable String period,
            @PathVariable UUID unitId) {
        return new ReportDtos.Created(collection.open(actor, id, period, unitId));
    }

    @GetMapping("/submissions/{id}")
    ReportDtos.Submission submission(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ReportDtos.Submission.of(collection.view(actor, id));
    }

    @PutMapping("/submissions/{id}")
    ReportDtos.Version save(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody ReportDtos.Entries entries) {
        return new ReportDtos.Version(collection.save(actor, id, entries.version(), entries.figures(), entries.narratives()));
    }

    @PostMapping("/submissions/{id}/submit")
    ReportDtos.Version submit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody ReportDtos.Version v) {
        return new ReportDtos.Version(collection.submit(actor, id, v.version()));
    }

    @PostMapping("/submissions/{id}/received")
    ReportDtos.Version received(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody ReportDtos.Received r) {
        return new ReportDtos.Version(collection.recordReceived(actor, id, r.version(), r.receivedOn()));
    }

    @PostMapping("/submissions/{id}/return")
    ReportDtos.Version returnWithComments(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody ReportDtos.Decision d) {
        return new ReportDtos.Version(collection.returnWithComments(actor, id, d.version(), d.comment()));
    }

    @PostMapping("/submissions/{id}/approve")
    ReportDtos.Version approve(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody ReportDtos.Version v) {
        return new ReportDtos.Version(collection.approve(actor, id, v.version()));
    }

    @PostMapping("/submissions/{id}/reopen")
    ReportDtos.Version reopen(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody ReportDtos.Decision d) {
        return new ReportDtos.Version(collection.reopen(actor, id, d.version(), d.comment()));
    }

    @GetMapping("/submissions/{id}/form.xlsx")
    ResponseEntity<byte[]> form(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bao-cao-" + id + ".xlsx\"")
                .body(collection.form(actor, id, heading(collection, actor, id), this::label));
    }

    @PostMapping(path = "/submissions/{id}/form", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ReportDtos.Version upload(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestParam long version,
            @RequestParam("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("report.upload.empty");
        }
        return new ReportDtos.Version(collection.upload(actor, id, version, file.getBytes()));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The title lines of a unit's XLSX form: template, unit, period. */
    static List<String> heading(ReportCollection collection, Actor actor, UUID id) {
        var view = collection.view(actor, id);
        return List.of(view.template().name(), view.unit().name(), view.period().key());
    }

    private static <T> PageOf<T> page(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }
}
