package vn.danvan.emulation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.danvan.emulation.NewScorecardTemplate;
import vn.danvan.emulation.ScorecardDesk;
import vn.danvan.emulation.ScorecardTemplate;
import vn.danvan.emulation.ScorecardView;
import vn.danvan.shared.Actor;

/**
 * The "dân vận chính quyền" scorecard over REST: templates, self-assessment, submission, grading, ranking, history.
 */
@RestController
@RequestMapping("/api/v1/emulation")
class ScorecardApi {

    private final ScorecardDesk scorecards;

    ScorecardApi(ScorecardDesk scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping("/scorecard-templates")
    List<ScorecardTemplate> templates() {
        return scorecards.templates();
    }

    @PostMapping("/scorecard-templates")
    ResponseEntity<Map<String, UUID>> define(@AuthenticationPrincipal Actor actor, @RequestBody NewScorecardTemplate request) {
        return ResponseEntity.status(201).body(Map.of("id", scorecards.defineTemplate(actor, request)));
    }

    @GetMapping("/scorecard-templates/{id}")
    ScorecardTemplate template(@PathVariable UUID id) {
        return scorecards.template(id);
    }

    @GetMapping("/scorecard-templates/{id}/ranking")
    List<ScorecardView.Standing> ranking(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return scorecards.ranking(actor, id);
    }

    /** An agency's self-assessment: its points and evidence per criterion. */
    record Assessment(UUID unitId, List<ScorecardDesk.SelfScore> scores, Long version) {
    }

    @PostMapping("/scorecard-templates/{id}/scorecards")
    ResponseEntity<ScorecardView> assess(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @RequestBody Assessment request) {
        UUID card = scorecards.assess(actor, id, request.unitId(), request.scores(), request.version());
        return ResponseEntity.ok(scorecards.scorecard(actor, card));
    }

    @GetMapping("/scorecards/{id}")
    ScorecardView scorecard(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return scorecards.scorecard(actor, id);
    }

    @PostMapping("/scorecards/{id}/submission")
    ScorecardView submit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        scorecards.submit(actor, id);
        return scorecards.scorecard(actor, id);
    }

    /** The grader's final points and reasons. */
    record Grading(List<ScorecardDesk.Adjustment> adjustments, Long version) {
    }

    @PutMapping("/scorecards/{id}/grading")
    ScorecardView grade(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Grading request) {
        scorecards.grade(actor, id, request.adjustments(), request.version());
        return scorecards.scorecard(actor, id);
    }

    @GetMapping("/units/{unitId}/scorecards")
    List<ScorecardView.Standing> history(@AuthenticationPrincipal Actor actor, @PathVariable UUID unitId) {
        return scorecards.history(actor, unitId);
    }
}
