package vn.danvan.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * A day on which a leader receives citizens in person (tiếp công dân định kỳ): planned, then held with the log of the
 * citizens who came and what they raised, or missed.
 */
@Table("reception_session")
class ReceptionSession {

    /** Whether the session took place. */
    enum Status {
        PLANNED, HELD, MISSED
    }

    @Id
    private UUID id;
    private UUID unitId;
    private String leaderName;
    private String office;
    private LocalDate plannedOn;
    private String place;
    private Status status;
    private String note;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "session_id", keyColumn = "seq")
    private List<ReceptionVisit> visits = new ArrayList<>();

    @PersistenceCreator
    ReceptionSession() {
    }

    static ReceptionSession plan(UUID unitId, String leaderName, String office, LocalDate on, String place, Instant now) {
        ReceptionSession session = new ReceptionSession();
        session.id = UUID.randomUUID();
        session.unitId = unitId;
        session.leaderName = leaderName;
        session.office = office;
        session.plannedOn = on;
        session.place = Dialogue.limited("place", place, 300);
        session.status = Status.PLANNED;
        session.createdAt = now;
        return session;
    }

    /** Records that the session was held, or missed, once its day has come. */
    void close(boolean held, String why, LocalDate today) {
        if (plannedOn.isAfter(today)) {
            throw new RuleViolated("reception.session.not-yet");
        }
        status = held ? Status.HELD : Status.MISSED;
        note = Dialogue.limited("note", why, 2_000);
    }

    /** Logs a citizen who came and what was raised; the session is then held. Returns the visit's number. */
    int receive(String identityEnc, String raised, LocalDate today) {
        if (plannedOn.isAfter(today)) {
            throw new RuleViolated("reception.session.not-yet");
        }
        String text = Dialogue.limited("raised", raised, 4_000);
        if (text == null) {
            throw InvalidInput.field("raised", "reception.visit.raised-required");
        }
        status = Status.HELD;
        visits.add(new ReceptionVisit(identityEnc, text, null));
        return visits.size();
    }

    /** Links a visit to the petition registered from it. */
    void becamePetition(int number, UUID petitionId) {
        ReceptionVisit visit = visit(number);
        if (visit.petitionId() != null) {
            throw new RuleViolated("reception.visit.already-registered");
        }
        visits.set(number - 1, new ReceptionVisit(visit.identityEnc(), visit.raised(), petitionId));
    }

    ReceptionVisit visit(int number) {
        if (number < 1 || number > visits.size()) {
            throw new vn.danvan.shared.NotFound("reception.not-found");
        }
        return visits.get(number - 1);
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    String leaderName() {
        return leaderName;
    }

    String office() {
        return office;
    }

    LocalDate plannedOn() {
        return plannedOn;
    }

    String place() {
        return place;
    }

    Status status() {
        return status;
    }

    String note() {
        return note;
    }

    List<ReceptionVisit> visits() {
        return List.copyOf(visits);
    }
}
