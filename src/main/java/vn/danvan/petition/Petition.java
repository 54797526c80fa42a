package vn.danvan.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;
import vn.danvan.shared.calendar.DayCount;
import vn.danvan.shared.calendar.TimeLimit;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * A petition received by a unit and the clock of its current step: processing until it is accepted (thụ lý),
 * forwarded, guided or filed, then resolution until the decision. Periods are those of the rule in force on the day it
 * was received, counted on the working calendar by the Civil Code (VIETNAM.md §2).
 */
@Table("petition_case")
class Petition {

    static final int MAX_SUBJECT = 300;
    static final int MAX_CONTENT = 10_000;
    static final int MAX_NOTE = 4_000;

    @Id
    private UUID id;
    private String code;
    private UUID unitId;
    private Channel channel;
    private PetitionKind kind;
    private PetitionStatus status;
    @Column("is_open")
    private boolean open;
    private LocalDate receivedOn;
    private String subject;
    private String content;
    private String contentFolded;
    private boolean remote;
    private Complexity complexity;
    private boolean secondTime;
    private boolean confidential;
    private boolean repeated;
    private boolean complexMass;
    private String ruleId;
    private ClockStep clockStep;
    private LocalDate clockStart;
    private Integer periodDays;
    private DayCount dayCount;
    private LocalDate dueOn;
    private LocalDate noticeDueOn;
    private int extensions;
    private String handlerUsername;
    private String handlerName;
    private Outcome outcome;
    private String decisionNumber;
    private LocalDate decisionDate;
    private LocalDate closedOn;
    private Boolean onTime;
    private UUID forwardedTo;
    private UUID forwardedFrom;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "petition_id", keyColumn = "seq")
    private List<Petitioner> petitioners = new ArrayList<>();
    @MappedCollection(idColumn = "petition_id", keyColumn = "seq")
    private List<HistoryEntry> history = new ArrayList<>();

    /** Which clock runs: processing a received petition, resolving an accepted one, or none once it is finished. */
    enum ClockStep {
        PROCESSING, RESOLUTION, NONE
    }

    @PersistenceCreator
    Petition() {
    }

    /** A petition as received, with the processing clock of its class started on the day of receipt. */
    static Petition receive(String code, UUID unitId, Channel channel, PetitionKind kind, LocalDate receivedOn,
            LocalDate today, String subject, String content, boolean remote, boolean secondTime, boolean confidential,
            List<Petitioner> petitioners, UUID forwardedFrom, DeadlineRules rules, WorkingCalendar calendar, Instant now,
            String actor) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (receivedOn == null) {
            problems.add(new InvalidInput.FieldProblem("receivedOn", "petition.received-on.required"));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new InvalidInput.FieldProblem("receivedOn", "petition.received-on.future"));
        }
        String cleanSubject = VietnameseText.clean(subject);
        if (cleanSubject == null || cleanSubject.isEmpty() || cleanSubject.length() > MAX_SUBJECT) {
            problems.add(new InvalidInput.FieldProblem("subject", "petition.subject.invalid", MAX_SUBJECT));
        }
        String cleanContent = content == null ? "" : content.strip();
        if (cleanContent.isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("content", kind == PetitionKind.DENUNCIATION
                    ? "petition.content.denunciation-required" : "petition.content.required"));
        } else if (cleanContent.length() > MAX_CONTENT) {
            problems.add(new InvalidInput.FieldProblem("content", "petition.content.too-long", MAX_CONTENT));
        }
        if (channel == null) {
            problems.add(new InvalidInput.FieldProblem("channel", "petition.channel.required"));
        }
        if (petitioners.isEmpty()) {
            problems.add(new InvalidInput.FieldProblem("petitioners", "petition.petitioner.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Petition petition = new Petition();
        petition.id = UUID.randomUUID();
        petition.code = code;
        petition.unitId = unitId;
        petition.channel = channel;
        petition.kind = kind;
        petition.status = PetitionStatus.RECEIVED;
        petition.open = true;
        petition.receivedOn = receivedOn;
        petition.subject = cleanSubject;
        petition.content = cleanContent;
        petition.contentFolded = VietnameseText.fold(cleanContent);
        petition.remote = remote;
        petition.complexity = Complexity.NORMAL;
        petition.secondTime = secondTime && kind == PetitionKind.COMPLAINT;
        petition.confidential = confidential || kind == PetitionKind.DENUNCIATION;
        petition.petitioners = new ArrayList<>(petitioners);
        petition.forwardedFrom = forwardedFrom;
        petition.createdAt = now;
        petition.startProcessingClock(rules, calendar);
        petition.record("received", receivedOn, now, actor, null, petition.dueOn, null, null);
        return petition;
    }

    private void startProcessingClock(DeadlineRules rules, WorkingCalendar calendar) {
        DeadlineRule rule = rules.inForce(Step.processing(kind, secondTime), receivedOn);
        startClock(ClockStep.PROCESSING, rule, receivedOn, rule.initialLimit(false), calendar);
    }

    private void startClock(ClockStep step, DeadlineRule rule, LocalDate start, TimeLimit limit, WorkingCalendar calendar) {
        clockStep = step;
        ruleId = rule.id();
        clockStart = start;
        periodDays = limit.length();
        dayCount = limit.unit();
        dueOn = calendar.deadline(start, limit);
    }

    /** Sets or corrects the class before a decision on the petition; the processing clock follows the class. */
    void classify(PetitionKind newKind, boolean newSecondTime, boolean newRemote, DeadlineRules rules,
            WorkingCalendar calendar, Instant now, String actor, LocalDate today) {
        requireStatus(PetitionStatus.RECEIVED);
        if (newKind == null) {
            throw InvalidInput.field("kind", "petition.kind.required");
        }
        kind = newKind;
        secondTime = newSecondTime && newKind == PetitionKind.COMPLAINT;
        remote = newRemote;
        confidential = confidential || newKind == PetitionKind.DENUNCIATION;
        startProcessingClock(rules, calendar);
        record("classified", today, now, actor, null, dueOn, null, null);
    }

    /** Accepts the petition for resolution (thụ lý) on a day: the resolution clock starts from that day. */
    void accept(LocalDate acceptedOn, String documentNumber, LocalDate today, DeadlineRules rules, WorkingCalendar calendar,
            Instant now, String actor) {
        requireStatus(PetitionStatus.RECEIVED);
        if (kind == null) {
            throw new RuleViolated("petition.accept.unclassified");
        }
        requireDecisionDay("acceptedOn", acceptedOn, today);
        LocalDate processingDue = dueOn;
        DeadlineRule rule = rules.inForce(Step.resolution(kind, secondTime), receivedOn);
        status = PetitionStatus.ACCEPTED;
        startClock(ClockStep.RESOLUTION, rule, acceptedOn, rule.initialLimit(remote), calendar);
        if (kind == PetitionKind.DENUNCIATION) {
            DeadlineRule notice = rules.inForce(Step.DENUNCIATION_ACCEPTANCE_NOTICE, receivedOn);
            noticeDueOn = calendar.deadline(acceptedOn, notice.initialLimit(false));
        }
        record("accepted", acceptedOn, now, actor, null, processingDue, clean(documentNumber), acceptedOn);
    }

    /** Sends the petition to the competent unit with a forwarding slip; this unit's handling ends. */
    void forward(UUID targetUnitId, String slipNumber, LocalDate forwardedOn, LocalDate today, Instant now, String actor) {
        requireStatus(PetitionStatus.RECEIVED);
        requireDecisionDay("forwardedOn", forwardedOn, today);
        if (targetUnitId == null) {
            throw InvalidInput.field("targetUnitId", "petition.forward.target-required");
        }
        if (targetUnitId.equals(unitId)) {
            throw new RuleViolated("petition.forward.same-unit");
        }
        if (clean(slipNumber) == null) {
            throw InvalidInput.field("slipNumber", "petition.forward.slip-required");
        }
        forwardedTo = targetUnitId;
        finish(PetitionStatus.FORWARDED, "forwarded", forwardedOn, now, actor, null, clean(slipNumber));
    }

    /** Answers the petitioner with guidance to the competent body, or files the petition; handling ends. */
    void settleWithoutAcceptance(PetitionStatus how, String reason, LocalDate on, LocalDate today, Instant now, String actor) {
        requireStatus(PetitionStatus.RECEIVED);
        requireDecisionDay("on", on, today);
        if (clean(reason) == null) {
            throw InvalidInput.field("note", "petition.note.required");
        }
        finish(how, how == PetitionStatus.GUIDED ? "guided" : "filed", on, now, actor, note(reason), null);
    }

    void assignTo(String username, String displayName, LocalDate today, Instant now, String actor) {
        requireStatus(PetitionStatus.ACCEPTED);
        handlerUsername = username;
        handlerName = displayName;
        record("assigned", today, now, actor, displayName, null, null, null);
    }

    void recordVerification(String note, LocalDate on, LocalDate today, Instant now, String actor) {
        requireStatus(PetitionStatus.ACCEPTED);
        requireDecisionDay("on", on, today);
        if (clean(note) == null) {
            throw InvalidInput.field("note", "petition.note.required");
        }
        record("verified", on, now, actor, note(note), null, null, null);
    }

    /**
     * Extends the resolution period by a decision in writing, for a complex or especially complex case, never past the
     * longest period the rule allows nor more often than it allows.
     */
    void extend(int days, Complexity level, String reason, String decisionNumber, LocalDate decisionDate, LocalDate today,
            DeadlineRules rules, WorkingCalendar calendar, Instant now, String actor) {
        requireStatus(PetitionStatus.ACCEPTED);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (days <= 0) {
            problems.add(new InvalidInput.FieldProblem("days", "petition.extension.days-invalid"));
        }
        if (level == null || level == Complexity.NORMAL) {
            problems.add(new InvalidInput.FieldProblem("level", "petition.extension.level-required"));
        }
        if (clean(reason) == null) {
            problems.add(new InvalidInput.FieldProblem("reason", "petition.extension.reason-required"));
        }
        if (clean(decisionNumber) == null) {
            problems.add(new InvalidInput.FieldProblem("decisionNumber", "petition.extension.decision-required"));
        }
        if (decisionDate == null) {
            problems.add(new InvalidInput.FieldProblem("decisionDate", "petition.extension.decision-date-required"));
        } else if (decisionDate.isAfter(today) || decisionDate.isBefore(clockStart)) {
            problems.add(new InvalidInput.FieldProblem("decisionDate", "petition.decision-day.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        DeadlineRule rule = rules.byId(ruleId);
        Integer maximum = rule.maximumPeriod(level, remote);
        if (maximum == null || extensions >= rule.maxExtensions()) {
            throw new RuleViolated("petition.extension.not-allowed");
        }
        if (periodDays + days > maximum) {
            throw new RuleViolated("petition.extension.beyond-maximum", maximum, periodDays);
        }
        periodDays += days;
        extensions++;
        complexity = level;
        dueOn = calendar.deadline(clockStart, new TimeLimit(periodDays, dayCount));
        record("extended", decisionDate, now, actor, note(reason), dueOn, clean(decisionNumber), decisionDate);
    }

    /** Closes the case with its outcome and the decision document; on time when decided by the due day. */
    void conclude(Outcome result, String number, LocalDate date, String summary, LocalDate today, Instant now,
            String actor) {
        requireStatus(PetitionStatus.ACCEPTED);
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (result == null) {
            problems.add(new InvalidInput.FieldProblem("outcome", "petition.outcome.required"));
        }
        if (clean(number) == null) {
            problems.add(new InvalidInput.FieldProblem("decisionNumber", "petition.decision.number-required"));
        }
        if (date == null || date.isAfter(today) || date.isBefore(clockStart)) {
            problems.add(new InvalidInput.FieldProblem("decisionDate", "petition.decision-day.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        outcome = result;
        decisionNumber = clean(number);
        decisionDate = date;
        finish(PetitionStatus.CLOSED, "concluded", date, now, actor, note(summary), decisionNumber);
    }

    /** Records how the decision is being carried out, after closing. */
    void followUp(String note, LocalDate today, Instant now, String actor) {
        if (status != PetitionStatus.CLOSED) {
            throw new RuleViolated("petition.follow-up.not-closed");
        }
        if (clean(note) == null) {
            throw InvalidInput.field("note", "petition.note.required");
        }
        record("followed-up", today, now, actor, note(note), null, null, null);
    }

    void flag(boolean isRepeated, boolean isComplexMass, LocalDate today, Instant now, String actor) {
        repeated = isRepeated;
        complexMass = isComplexMass;
        record("flagged", today, now, actor, null, null, null, null);
    }

    void markRepeated() {
        repeated = true;
    }

    private void finish(PetitionStatus how, String action, LocalDate on, Instant now, String actor, String note,
            String document) {
        LocalDate due = dueOn;
        status = how;
        open = false;
        closedOn = on;
        onTime = due == null || !on.isAfter(due);
        clockStep = ClockStep.NONE;
        record(action, on, now, actor, note, due, document, document == null ? null : on);
    }

    private void record(String action, LocalDate on, Instant now, String actor, String note, LocalDate due,
            String documentNumber, LocalDate documentDate) {
        history.add(new HistoryEntry(action, on, now, actor, note, due, documentNumber, documentDate));
    }

    private void requireStatus(PetitionStatus expected) {
        if (status != expected) {
            throw new RuleViolated("petition.status.not-allowed", DomainException.term("petition.status." + status.name()));
        }
    }

    private void requireDecisionDay(String field, LocalDate day, LocalDate today) {
        if (day == null || day.isAfter(today) || day.isBefore(receivedOn)) {
            throw InvalidInput.field(field, "petition.decision-day.invalid");
        }
    }

    private static String clean(String text) {
        String cleaned = VietnameseText.clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    private static String note(String text) {
        String cleaned = clean(text);
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw InvalidInput.field("note", "petition.note.too-long", MAX_NOTE);
        }
        return cleaned;
    }

    UUID id() { return id; }
    String code() { return code; }
    UUID unitId() { return unitId; }
    Channel channel() { return channel; }
    PetitionKind kind() { return kind; }
    PetitionStatus status() { return status; }
    boolean isOpen() { return open; }
    LocalDate receivedOn() { return receivedOn; }
    String subject() { return subject; }
    String content() { return content; }
    String contentFolded() { return contentFolded; }
    boolean isRemote() { return remote; }
    Complexity complexity() { return complexity; }
    boolean isSecondTime() { return secondTime; }
    boolean isConfidential() { return confidential; }
    boolean isRepeated() { return repeated; }
    boolean isComplexMass() { return complexMass; }
    String ruleId() { return ruleId; }
    ClockStep clockStep() { return clockStep; }
    LocalDate clockStart() { return clockStart; }
    Integer periodDays() { return periodDays; }
    DayCount dayCount() { return dayCount; }
    LocalDate dueOn() { return dueOn; }
    LocalDate noticeDueOn() { return noticeDueOn; }
    int extensions() { return extensions; }
    String handlerUsername() { return handlerUsername; }
    String handlerName() { return handlerName; }
    Outcome outcome() { return outcome; }
    String decisionNumber() { return decisionNumber; }
    LocalDate decisionDate() { return decisionDate; }
    LocalDate closedOn() { return closedOn; }
    Boolean onTime() { return onTime; }
    UUID forwardedTo() { return forwardedTo; }
    UUID forwardedFrom() { return forwardedFrom; }
    Long version() { return version; }
    List<Petitioner> petitioners() { return List.copyOf(petitioners); }
    List<HistoryEntry> history() { return List.copyOf(history); }
}
