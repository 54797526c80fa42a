package vn.danvan.petition.web;

import java.time.YearMonth;
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

import vn.danvan.petition.PetitionDesk;
import vn.danvan.petition.PetitionKind;
import vn.danvan.petition.ReceptionCompliance;
import vn.danvan.petition.ReceptionDesk;
import vn.danvan.petition.ReceptionFrequency;
import vn.danvan.petition.ReceptionSessionView;
import vn.danvan.shared.Actor;

/**
 * Periodic citizen reception over REST: the legal frequencies, a leader's monthly schedule, holding or missing a
 * session, the log of citizens received, registering what they raised as petitions, and the compliance view.
 */
@RestController
@RequestMapping("/api/v1/reception")
class ReceptionApi {

    private final ReceptionDesk desk;

    ReceptionApi(ReceptionDesk desk) {
        this.desk = desk;
    }

    /** A month of sessions to schedule for a leader. */
    record Schedule(UUID unitId, String leaderName, String office, YearMonth month, String place) {
    }

    /** Whether a session was held, with a note. */
    record Closing(Boolean held, String note) {
    }

    /** A citizen received and what was raised. */
    record Visit(String fullName, String idNumber, String address, String raised) {
    }

    /** What a raised matter is registered as. */
    record Registration(PetitionKind kind, String subject) {
    }

    @GetMapping("/frequencies")
    List<ReceptionFrequency> frequencies() {
        return desk.frequencies();
    }

    @GetMapping("/sessions")
    List<ReceptionSessionView> month(@AuthenticationPrincipal Actor actor, @RequestParam YearMonth month) {
        return desk.month(actor, month);
    }

    @PostMapping("/sessions")
    ResponseEntity<Map<String, List<UUID>>> schedule(@AuthenticationPrincipal Actor actor, @RequestBody Schedule schedule) {
        return ResponseEntity.status(201).body(Map.of("ids", desk.schedule(actor, schedule.unitId(), schedule.leaderName(),
                schedule.office(), schedule.month(), schedule.place())));
    }

    @GetMapping("/sessions/{id}")
    ReceptionSessionView view(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return desk.view(actor, id);
    }

    @PostMapping("/sessions/{id}/closing")
    ReceptionSessionView close(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Closing closing) {
        desk.close(actor, id, !Boolean.FALSE.equals(closing.held()), closing.note());
        return desk.view(actor, id);
    }

    @PostMapping("/sessions/{id}/visits")
    ReceptionSessionView receive(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody Visit visit) {
        desk.receive(actor, id, visit.fullName(), visit.idNumber(), visit.address(), visit.raised());
        return desk.view(actor, id);
    }

    @PostMapping("/sessions/{id}/visits/{number}/petition")
    ResponseEntity<PetitionDesk.Registered> register(@AuthenticationPrincipal Actor actor, @PathVariable UUID id,
            @PathVariable int number, @RequestBody Registration registration) {
        return ResponseEntity.status(201).body(desk.registerPetition(actor, id, number, registration.kind(),
                registration.subject()));
    }

    @GetMapping("/compliance")
    List<ReceptionCompliance> compliance(@AuthenticationPrincipal Actor actor, @RequestParam YearMonth from,
            @RequestParam YearMonth to) {
        return desk.compliance(actor, from, to);
    }
}
