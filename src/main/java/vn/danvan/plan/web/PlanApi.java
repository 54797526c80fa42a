package vn.danvan.plan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.plan.PlanCascade;
import vn.danvan.plan.PlanDesk;
import vn.danvan.plan.PlanQueries;
import vn.danvan.plan.PlanStatus;
import vn.danvan.plan.PlanSummary;
import vn.danvan.plan.PlanView;
import vn.danvan.plan.TaskReport;
import vn.danvan.plan.TaskRow;
import vn.danvan.plan.TaskStatus;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Plans over REST: listing and reading plans, drafting one with its targets and tasks, issuing, closing, reopening,
 * cascading to units, and the units' reports on targets and tasks. Scoped to the caller's units.
 */
@RestController
@RequestMapping("/api/v1/plans")
class PlanApi {

    private final PlanDesk desk;
    private final PlanCascade cascade;
    private final PlanQueries queries;

    PlanApi(PlanDesk desk, PlanCascade cascade, PlanQueries queries) {
        this.desk = desk;
        this.cascade = cascade;
        this.queries = queries;
    }

    @GetMapping
    PageOf<PlanSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(actor, unit, year, status, Paging.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanDtos.Created create(@AuthenticationPrincipal Actor actor, @RequestBody PlanDtos.PlanBody body) {
        return new PlanDtos.Created(desk.createDraft(actor, body.owningUnitId(), body.period(), body.title(), body.objectives()));
    }

    @GetMapping("/{id}")
    PlanView plan(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return queries.view(actor, id);
    }

    @PutMapping("/{id}")
    PlanDtos.Version describe(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.PlanBody body) {
        return new PlanDtos.Version(desk.describe(actor, id, body.version(), body.title(), body.period(), body.objectives()));
    }

    @PostMapping("/{id}/issue")
    PlanDtos.Version issue(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.Issue body) {
        return new PlanDtos.Version(desk.issue(actor, id, body.version(), body.issuedOn(), body.documentId()));
    }

    @PostMapping("/{id}/close")
    PlanDtos.Version close(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.Version body) {
        return new PlanDtos.Version(desk.close(actor, id, body.version()));
    }

    @PostMapping("/{id}/reopen")
    PlanDtos.Version reopen(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.Version body) {
        return new PlanDtos.Version(desk.reopen(actor, id, body.version()));
    }

    @GetMapping("/{id}/cascade")
    List<UUID> namedUnits(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return cascade.namedUnits(actor, id);
    }

    @PostMapping("/{id}/cascade")
    @ResponseStatus(HttpStatus.CREATED)
    PlanDtos.CreatedMany cascade(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody(required = false) PlanDtos.Cascade body) {
        return new PlanDtos.CreatedMany(cascade.cascade(actor, id, body == null ? List.of() : body.unitIds()));
    }

    @PostMapping("/{id}/targets")
    @ResponseStatus(HttpStatus.CREATED)
    PlanDtos.Created addTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.TargetBody body) {
        return new PlanDtos.Created(desk.addTarget(actor, id, body.version(), body.target()));
    }

    @PutMapping("/targets/{targetId}")
    PlanDtos.Version editTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId,
            @RequestBody PlanDtos.TargetBody body) {
        return new PlanDtos.Version(desk.editTarget(actor, targetId, body.version(), body.target()));
    }

    @DeleteMapping("/targets/{targetId}")
    PlanDtos.Version removeTarget(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId,
            @RequestParam(required = false) Long version) {
        return new PlanDtos.Version(desk.removeTarget(actor, targetId, version));
    }

    @PutMapping("/targets/{targetId}/allocations")
    PlanDtos.Version allocate(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId,
            @RequestBody PlanDtos.Allocations body) {
        return new PlanDtos.Version(desk.allocate(actor, targetId, body.version(), body.allocations()));
    }

    @PostMapping("/targets/{targetId}/measurements")
    PlanDtos.Version measure(@AuthenticationPrincipal Actor actor, @PathVariable UUID targetId,
            @RequestBody PlanDtos.Measurement body) {
        return new PlanDtos.Version(desk.measureTarget(actor, targetId, body.version(), body.value(), body.on()));
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    PlanDtos.Created addTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody PlanDtos.TaskBody body) {
        return new PlanDtos.Created(desk.addTask(actor, id, body.version(), body.task()));
    }

    @GetMapping("/tasks/{taskId}")
    PlanQueries.TaskDetails task(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId) {
        return queries.task(actor, taskId);
    }

    @PutMapping("/tasks/{taskId}")
    PlanDtos.Version editTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestBody PlanDtos.TaskBody body) {
        return new PlanDtos.Version(desk.editTask(actor, taskId, body.version(), body.task()));
    }

    @DeleteMapping("/tasks/{taskId}")
    PlanDtos.Version removeTask(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId,
            @RequestParam(required = false) Long version) {
        return new PlanDtos.Version(desk.removeTask(actor, taskId, version));
    }

    @PostMapping(path = "/tasks/{taskId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanDtos.Version report(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @RequestBody PlanDtos.Report body) {
        return new PlanDtos.Version(desk.reportTask(actor, taskId, body.version(),
                new TaskReport(body.status(), body.progress(), body.note(), List.of())));
    }

    @PostMapping(path = "/tasks/{taskId}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlanDtos.Version reportWithEvidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId,
            @RequestParam(required = false) Long version, @RequestParam(required = false) TaskStatus status,
            @RequestParam(required = false) Integer progress, @RequestParam(required = false) String note,
            @RequestPart(name = "file", required = false) List<MultipartFile> files) throws IOException {
        return new PlanDtos.Version(desk.reportTask(actor, taskId, version, new TaskReport(status, progress, note, evidence(files))));
    }

    @PostMapping("/tasks/{taskId}/contributions")
    PlanDtos.Version contribute(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId,
            @RequestBody PlanDtos.Contribution body) {
        return new PlanDtos.Version(desk.contribute(actor, taskId, body.unitId(), body.note(), body.progress(), List.of()));
    }

    @GetMapping("/tasks/{taskId}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal Actor actor, @PathVariable UUID taskId, @PathVariable UUID fileId) {
        PlanQueries.EvidenceFile file = queries.evidence(actor, taskId, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .body(file.content());
    }

    @GetMapping("/tasks/mine")
    List<TaskRow> myTasks(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit) {
        return queries.tasksOf(actor, unitOf(actor, unit));
    }

    @GetMapping("/tasks/overdue")
    List<TaskRow> overdue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) UUID unit) {
        return queries.overdue(actor, unitOf(actor, unit));
    }

    private static UUID unitOf(Actor actor, UUID unit) {
        UUID chosen = unit != null ? unit : actor.unitId();
        if (chosen == null) {
            throw InvalidInput.field("unit", "plan.unit.required");
        }
        return chosen;
    }

    static List<TaskReport.File> evidence(List<MultipartFile> files) throws IOException {
        List<TaskReport.File> evidence = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                evidence.add(new TaskReport.File(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return evidence;
    }
}
