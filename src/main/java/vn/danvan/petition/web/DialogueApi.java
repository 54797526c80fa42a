package vn.danvan.petition.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.petition.DialogueDesk;
import vn.danvan.petition.DialogueSummary;
import vn.danvan.petition.DialogueView;
import vn.danvan.petition.OverdueCommitment;
import vn.danvan.petition.PublicMinutes;
import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;

/**
 * Dialogues over REST: plan, hold, questions and answers, commitments kept with evidence and confirmed, the overdue
 * commitments, publishing the minutes; each change answers with the dialogue as it now stands. Published minutes are
 * open to anyone under {@code /api/v1/public/dialogues}.
 */
@RestController
class DialogueApi {

    private final DialogueDesk desk;

    DialogueApi(DialogueDesk desk) {
        this.desk = desk;
    }

    /** A dialogue to plan. */
    record Plan(UUID unitId, String subject, String place, LocalDate plannedOn) {
    }

    /** How a dialogue was held. */
    record Holding(LocalDate heldOn, String chair, String participants, String minutes) {
    }

    /** A question raised and the answer given. */
    record Question(String askedBy, String question, String answer) {
    }

    /** A commitment made. */
    record Promise(String content, UUID ownerUnitId, LocalDate dueOn) {
    }

    /** Evidence that a commitment was kept. */
    record Fulfilment(String evidence, LocalDate doneOn) {
    }

    /** The citizens' word on a kept commitment. */
    record Confirmation(Boolean confirmed, String note) {
    }

    @GetMapping("/api/v1/dialogues")
    PageOf<DialogueSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return desk.list(actor, Paging.of(page, size));
    }

    @GetMapping("/api/v1/dialogues/commitments/overdue")
    List<OverdueCommitment> overdue(@AuthenticationPrincipal Actor actor) {
        return desk.overdue(actor);
    }

    @PostMapping("/api/v1/dialogues")
    ResponseEntity<DialogueView> plan(@AuthenticationPrincipal Actor actor, @RequestBody Plan plan) {
        UUID id = desk.plan(actor, plan.unitId(), plan.subject(), plan.place(), plan.plannedOn());
        return ResponseEntity.status(201).body(desk.view(actor, id));
    }

    @GetMapping("/api/v1/dialogues/{id}")
    DialogueView view(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/holding")
    DialogueView hold(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Holding holding) {
        desk.hold(actor, id, holding.heldOn(), holding.chair(), holding.participants(), holding.minutes());
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/questions")
    DialogueView raise(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Question question) {
        desk.raise(actor, id, question.askedBy(), question.question(), question.answer());
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/commitments")
    DialogueView commit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Promise promise) {
        desk.commit(actor, id, promise.content(), promise.ownerUnitId(), promise.dueOn());
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/commitments/{number}/fulfilment")
    DialogueView fulfil(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable int number,
            @RequestBody Fulfilment fulfilment) {
        desk.fulfil(actor, id, number, fulfilment.evidence(), fulfilment.doneOn());
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/commitments/{number}/confirmation")
    DialogueView confirm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable int number,
            @RequestBody Confirmation confirmation) {
        desk.confirm(actor, id, number, Boolean.TRUE.equals(confirmation.confirmed()), confirmation.note());
        return desk.view(actor, id);
    }

    @PostMapping("/api/v1/dialogues/{id}/publication")
    DialogueView publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        desk.publish(actor, id);
        return desk.view(actor, id);
    }

    @GetMapping("/api/v1/public/dialogues")
    Map<String, List<DialogueSummary>> published() {
        return Map.of("items", desk.published());
    }

    @GetMapping("/api/v1/public/dialogues/{id}")
    PublicMinutes minutes(@PathVariable UUID id) {
        return desk.minutes(id);
    }
}
