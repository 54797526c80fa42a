package vn.danvan.emulation.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.emulation.CouncilDesk;
import vn.danvan.emulation.CouncilMember;
import vn.danvan.emulation.CouncilSummary;
import vn.danvan.emulation.CriteriaSet;
import vn.danvan.emulation.ModelFile;
import vn.danvan.emulation.ModelSummary;
import vn.danvan.emulation.MovementDesk;
import vn.danvan.emulation.MovementDetails;
import vn.danvan.emulation.MovementView;
import vn.danvan.emulation.NewCriteriaSet;
import vn.danvan.emulation.NewModel;
import vn.danvan.emulation.Recognition;
import vn.danvan.emulation.Score;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * "Dân vận khéo" over REST: movements, criteria, models and their evidence, council scoring, recognition,
 * replication and publication. Every refusal is a problem detail and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/emulation")
class EmulationApi {

    private final MovementDesk desk;
    private final CouncilDesk council;

    EmulationApi(MovementDesk desk, CouncilDesk council) {
        this.desk = desk;
        this.council = council;
    }

    @GetMapping("/movements")
    List<MovementView> movements() {
        return desk.movements();
    }

    @PostMapping("/movements")
    ResponseEntity<Map<String, UUID>> launch(@AuthenticationPrincipal Actor actor, @RequestBody MovementDetails request) {
        UUID id = desk.launch(actor, request);
        return ResponseEntity.created(URI.create("/api/v1/emulation/movements/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/movements/{id}")
    MovementView movement(@PathVariable UUID id) {
        return desk.movement(id);
    }

    @PutMapping("/movements/{id}")
    MovementView amend(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody MovementDetails request,
            @RequestParam(required = false) Long version) {
        desk.amend(actor, id, request, version);
        return desk.movement(id);
    }

    @GetMapping("/movements/{id}/models")
    PageOf<ModelSummary> models(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return desk.models(actor, id, Paging.of(page, size));
    }

    @PostMapping("/movements/{id}/models")
    ResponseEntity<Map<String, UUID>> register(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody NewModel request) {
        UUID model = desk.register(actor, id, request);
        return ResponseEntity.created(URI.create("/api/v1/emulation/models/" + model)).body(Map.of("id", model));
    }

    @GetMapping("/movements/{id}/council")
    List<CouncilMember> members(@PathVariable UUID id) {
        return council.members(id);
    }

    /** Appointing a council member by username. */
    record Appointment(String username) {
    }

    @PostMapping("/movements/{id}/council")
    ResponseEntity<Map<String, UUID>> appoint(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody Appointment request) {
        return ResponseEntity.status(201).body(Map.of("id", council.appoint(actor, id, request.username())));
    }

    @DeleteMapping("/movements/{id}/council/{memberId}")
    ResponseEntity<Void> dismiss(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID memberId) {
        council.dismiss(actor, id, memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/movements/{id}/council/summary")
    CouncilSummary summary(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return council.summary(actor, id);
    }

    @GetMapping("/movements/{id}/criteria")
    CriteriaSet criteriaOf(@PathVariable UUID id) {
        return council.criteriaFor(id);
    }

    @GetMapping("/criteria")
    List<CriteriaSet> criteria() {
        return desk.criteriaSets();
    }

    @PostMapping("/criteria")
    ResponseEntity<Map<String, UUID>> defineCriteria(@AuthenticationPrincipal Actor actor, @RequestBody NewCriteriaSet request) {
        return ResponseEntity.status(201).body(Map.of("id", desk.defineCriteria(actor, request)));
    }

    @GetMapping("/models/{id}")
    ModelFile model(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return desk.file(actor, id);
    }

    @PostMapping("/models/{id}/implementation")
    ModelFile startImplementing(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        desk.startImplementing(actor, id);
        return desk.file(actor, id);
    }

    /** Nominating to a movement's council (the model's own when none is named). */
    record Nomination(UUID movementId) {
    }

    @PostMapping("/models/{id}/nomination")
    ModelFile nominate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody(required = false) Nomination request) {
        desk.nominate(actor, id, request == null ? null : request.movementId());
        return desk.file(actor, id);
    }

    @PostMapping(path = "/models/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, UUID>> addEvidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.field("file", "emulation.evidence.empty");
        }
        return ResponseEntity.status(201).body(Map.of("id", desk.addEvidence(actor, id, file.getOriginalFilename(), file.getBytes())));
    }

    @GetMapping("/models/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID evidenceId) {
        return download(desk.evidence(actor, id, evidenceId));
    }

    static ResponseEntity<byte[]> download(MovementDesk.StoredFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @PutMapping("/models/{id}/scores")
    ModelFile score(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody List<Score> scores) {
        council.score(actor, id, scores);
        return desk.file(actor, id);
    }

    @GetMapping("/models/{id}/scores")
    Map<UUID, Score> ownScores(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return council.ownScores(actor, id);
    }

    @PostMapping("/models/{id}/recognition")
    ModelFile recognise(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Recognition request) {
        council.recognise(actor, id, request);
        return desk.file(actor, id);
    }

    @PostMapping("/models/{id}/non-recognition")
    ModelFile decline(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        council.decline(actor, id);
        return desk.file(actor, id);
    }

    /** Another unit adopting the model, with its own results. */
    record Replication(UUID unitId, LocalDate startedOn, String results) {
    }

    @PostMapping("/models/{id}/replications")
    ResponseEntity<ModelFile> replicate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Replication request) {
        desk.replicate(actor, id, request.unitId(), request.startedOn(), request.results());
        return ResponseEntity.status(201).body(desk.file(actor, id));
    }

    @PostMapping("/models/{id}/people-approval")
    ModelFile approvePeople(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        desk.approvePeoplePublication(actor, id);
        return desk.file(actor, id);
    }

    /** Publishing on the showcase, with or without the people. */
    record Publication(boolean includePeople) {
    }

    @PostMapping("/models/{id}/publication")
    ModelFile publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody(required = false) Publication request) {
        desk.publish(actor, id, request != null && request.includePeople());
        return desk.file(actor, id);
    }

    @DeleteMapping("/models/{id}/publication")
    ModelFile withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        desk.withdraw(actor, id);
        return desk.file(actor, id);
    }
}
