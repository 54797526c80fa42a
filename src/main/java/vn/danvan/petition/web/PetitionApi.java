package vn.danvan.petition.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.petition.Complexity;
import vn.danvan.petition.DeadlineRule;
import vn.danvan.petition.DeadlineRules;
import vn.danvan.petition.Duplicate;
import vn.danvan.petition.NewPetition;
import vn.danvan.petition.OnTimeRate;
import vn.danvan.petition.Outcome;
import vn.danvan.petition.PersonView;
import vn.danvan.petition.PetitionDesk;
import vn.danvan.petition.PetitionFiles;
import vn.danvan.petition.PetitionFilter;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionStatus;
import vn.danvan.petition.PetitionSummary;
import vn.danvan.petition.PetitionView;
import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Petitions over REST: intake, lists (the overdue one too), a petition with its clock, the decisions on it — each
 * answered with the petition as it now stands — duplicates, protected identities, attachments and on-time rates.
 */
@RestController
@RequestMapping("/api/v1/petitions")
class PetitionApi {

    private final PetitionDesk desk;
    private final PetitionQueries queries;
    private final PetitionFiles files;
    private final DeadlineRules rules;

    PetitionApi(PetitionDesk desk, PetitionQueries queries, PetitionFiles files, DeadlineRules rules) {
        this.desk = desk;
        this.queries = queries;
        this.files = files;
        this.rules = rules;
    }

    @GetMapping
    PageOf<PetitionSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) PetitionStatus status,
            @RequestParam(required = false) UUID unitId, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(actor, new PetitionFilter(q, kind, status, unitId, overdue), Paging.of(page, size));
    }

    @GetMapping("/overdue")
    PageOf<PetitionSummary> overdue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.overdue(actor, Paging.of(page, size));
    }

    @PostMapping
    ResponseEntity<PetitionDesk.Registered> register(@AuthenticationPrincipal Actor actor, @RequestBody NewPetition request) {
        PetitionDesk.Registered registered = desk.register(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + registered.id())).body(registered);
    }

    @GetMapping("/{id}")
    PetitionView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return queries.view(actor, id);
    }

    @GetMapping("/{id}/duplicates")
    List<Duplicate> duplicates(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return queries.duplicates(actor, id);
    }

    record Classification(PetitionKind kind, Boolean secondTime, Boolean remote) {
    }

    @PostMapping("/{id}/classification")
    PetitionView classify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Classification request) {
        desk.classify(actor, id, request.kind(), Boolean.TRUE.equals(request.secondTime()),
                Boolean.TRUE.equals(request.remote()));
        return queries.view(actor, id);
    }

    record Acceptance(LocalDate acceptedOn, String documentNumber) {
    }

    @PostMapping("/{id}/acceptance")
    PetitionView accept(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Acceptance request) {
        desk.accept(actor, id, request.acceptedOn(), request.documentNumber());
        return queries.view(actor, id);
    }

    record Forwarding(UUID targetUnitId, String slipNumber, LocalDate forwardedOn) {
    }

    @PostMapping("/{id}/forwarding")
    PetitionDesk.Registered forward(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody Forwarding request) {
        return desk.forward(actor, id, request.targetUnitId(), request.slipNumber(), request.forwardedOn());
    }

    record Settlement(String note, LocalDate on) {
    }

    @PostMapping("/{id}/guidance")
    PetitionView guide(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Settlement request) {
        desk.settle(actor, id, PetitionStatus.GUIDED, request.note(), request.on());
        return queries.view(actor, id);
    }

    @PostMapping("/{id}/filing")
    PetitionView file(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Settlement request) {
        desk.settle(actor, id, PetitionStatus.FILED, request.note(), request.on());
        return queries.view(actor, id);
    }

    record Assignment(String username) {
    }

    @PostMapping("/{id}/assignment")
    PetitionView assign(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Assignment request) {
        desk.assign(actor, id, request.username());
        return queries.view(actor, id);
    }

    @PostMapping("/{id}/verifications")
    PetitionView verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Settlement request) {
        desk.recordVerification(actor, id, request.note(), request.on());
        return queries.view(actor, id);
    }

    record Extension(Integer days, Complexity level, String reason, String decisionNumber, LocalDate decisionDate) {
    }

    @PostMapping("/{id}/extensions")
    PetitionView extend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Extension request) {
        desk.extend(actor, id, request.days() == null ? 0 : request.days(), request.level(), request.reason(),
                request.decisionNumber(), request.decisionDate());
        return queries.view(actor, id);
    }

    record Conclusion(Outcome outcome, String decisionNumber, LocalDate decisionDate, String summary) {
    }

    @PostMapping("/{id}/conclusion")
    PetitionView conclude(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Conclusion request) {
        desk.conclude(actor, id, request.outcome(), request.decisionNumber(), request.decisionDate(), request.summary());
        return queries.view(actor, id);
    }

    record FollowUp(String note) {
    }

    @PostMapping("/{id}/follow-ups")
    PetitionView followUp(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody FollowUp request) {
        desk.followUp(actor, id, request.note());
        return queries.view(actor, id);
    }

    record Flags(Boolean repeated, Boolean complexMass) {
    }

    @PostMapping("/{id}/flags")
    PetitionView flag(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Flags request) {
        desk.flag(actor, id, Boolean.TRUE.equals(request.repeated()), Boolean.TRUE.equals(request.complexMass()));
        return queries.view(actor, id);
    }

    /** The petitioners in clear: the assigned handler and the unit's leaders only; every call is audited. */
    @GetMapping("/{id}/petitioners/revealed")
    List<PersonView> reveal(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return desk.reveal(actor, id);
    }

    @PostMapping("/{id}/attachments")
    ResponseEntity<PetitionView> attach(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestPart("file") MultipartFile file) throws IOException {
        files.attach(actor, id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(201).body(queries.view(actor, id));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @PathVariable UUID attachmentId) {
        PetitionFiles.StoredFile file = files.read(actor, id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping("/on-time")
    List<OnTimeRate> onTime(@AuthenticationPrincipal Actor actor, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return queries.onTimeRates(actor, from, to);
    }

    @GetMapping("/deadline-rules")
    List<DeadlineRule> deadlineRules() {
        return rules.all();
    }

}
