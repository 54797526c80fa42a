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
import vn.danvan.shared.VietnameseText;

/**
 * A direct dialogue of a unit with citizens (đối thoại trực tiếp): planned for a day, then held with its chair and
 * participants, the questions raised and the answers given, and the commitments made there, each followed until it is
 * done with evidence and confirmed by the citizens. Its minutes may be published once it is held.
 */
@Table("dialogue")
class Dialogue {

    static final int MAX_TEXT = 4_000;

    /** Whether the dialogue has taken place. */
    enum Status {
        PLANNED, HELD
    }

    @Id
    private UUID id;
    private UUID unitId;
    private String subject;
    private String place;
    private LocalDate plannedOn;
    private LocalDate heldOn;
    private Status status;
    private String chair;
    private String participants;
    private String minutes;
    private LocalDate publishedOn;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "dialogue_id", keyColumn = "seq")
    private List<DialogueQuestion> questions = new ArrayList<>();
    @MappedCollection(idColumn = "dialogue_id", keyColumn = "seq")
    private List<Commitment> commitments = new ArrayList<>();

    @PersistenceCreator
    Dialogue() {
    }

    static Dialogue plan(UUID unitId, String subject, String place, LocalDate plannedOn, Instant now) {
        String cleanSubject = VietnameseText.clean(subject);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (cleanSubject == null || cleanSubject.isEmpty() || cleanSubject.length() > Petition.MAX_SUBJECT) {
            problems.add(new InvalidInput.FieldProblem("subject", "petition.subject.invalid", Petition.MAX_SUBJECT));
        }
        if (plannedOn == null) {
            problems.add(new InvalidInput.FieldProblem("plannedOn", "dialogue.planned-on.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Dialogue dialogue = new Dialogue();
        dialogue.id = UUID.randomUUID();
        dialogue.unitId = unitId;
        dialogue.subject = cleanSubject;
        dialogue.place = limited("place", place, 300);
        dialogue.plannedOn = plannedOn;
        dialogue.status = Status.PLANNED;
        dialogue.createdAt = now;
        return dialogue;
    }

    /** Records that the dialogue took place on a day (not in the future), who chaired it and who took part. */
    void hold(LocalDate on, String chairedBy, String people, String summary, LocalDate today) {
        if (on == null || on.isAfter(today)) {
            throw InvalidInput.field("heldOn", on == null ? "dialogue.held-on.required" : "dialogue.held-on.future");
        }
        String cleanChair = limited("chair", chairedBy, 255);
        if (cleanChair == null) {
            throw InvalidInput.field("chair", "dialogue.chair.required");
        }
        heldOn = on;
        status = Status.HELD;
        chair = cleanChair;
        participants = limited("participants", people, MAX_TEXT);
        minutes = limited("minutes", summary, 20_000);
    }

    /** A question raised at the dialogue and, when given, the answer. */
    void raise(String askedBy, String question, String answer) {
        requireHeld();
        String text = limited("question", question, MAX_TEXT);
        if (text == null) {
            throw InvalidInput.field("question", "dialogue.question.required");
        }
        questions.add(new DialogueQuestion(limited("askedBy", askedBy, 255), text, limited("answer", answer, MAX_TEXT)));
    }

    /** A commitment made at the dialogue: what, which unit owns it and by when. Returns its number. */
    int commit(String content, UUID ownerUnitId, LocalDate dueOn) {
        requireHeld();
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        String text = VietnameseText.clean(content);
        if (text == null || text.isEmpty() || text.length() > 2_000) {
            problems.add(new InvalidInput.FieldProblem("content", "dialogue.commitment.content-required"));
        }
        if (ownerUnitId == null) {
            problems.add(new InvalidInput.FieldProblem("ownerUnitId", "dialogue.commitment.owner-required"));
        }
        if (dueOn == null) {
            problems.add(new InvalidInput.FieldProblem("dueOn", "dialogue.commitment.due-required"));
        } else if (dueOn.isBefore(heldOn)) {
            problems.add(new InvalidInput.FieldProblem("dueOn", "dialogue.commitment.due-before-dialogue"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        commitments.add(Commitment.made(text, ownerUnitId, dueOn));
        return commitments.size();
    }

    /** Closes a commitment as done on a day, with the evidence that it was kept. */
    void fulfil(int number, String evidence, LocalDate on, LocalDate today) {
        commitments.set(number - 1, commitment(number).fulfilled(limited("evidence", evidence, MAX_TEXT), on, today));
    }

    /** Records whether the citizens confirmed that a commitment was kept. */
    void confirm(int number, boolean confirmed, String note) {
        commitments.set(number - 1, commitment(number).confirmed(confirmed, limited("note", note, 2_000)));
    }

    /** Publishes the minutes on the public page from a day. */
    void publish(LocalDate today) {
        requireHeld();
        publishedOn = today;
    }

    Commitment commitment(int number) {
        if (number < 1 || number > commitments.size()) {
            throw new DialogueNotFound();
        }
        return commitments.get(number - 1);
    }

    private void requireHeld() {
        if (status != Status.HELD) {
            throw new RuleViolated("dialogue.not-held");
        }
    }

    static String limited(String field, String text, int max) {
        String clean = text == null ? null : text.strip();
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (clean.length() > max) {
            throw InvalidInput.field(field, "dialogue.text.too-long", max);
        }
        return clean;
    }

    UUID id() {
        return id;
    }

    UUID unitId() {
        return unitId;
    }

    String subject() {
        return subject;
    }

    String place() {
        return place;
    }

    LocalDate plannedOn() {
        return plannedOn;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    Status status() {
        return status;
    }

    String chair() {
        return chair;
    }

    String participants() {
        return participants;
    }

    String minutes() {
        return minutes;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    List<DialogueQuestion> questions() {
        return List.copyOf(questions);
    }

    List<Commitment> commitments() {
        return List.copyOf(commitments);
    }
}
