package vn.danvan.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.Role;

/**
 * Collecting reports: a unit opens its report for a period, writes figures and texts (in the browser or as an XLSX
 * form), submits; the coordinating office returns it with comments or approves it; an approver above may reopen it.
 * Every save names the version it started from, so the second of two editors is told instead of overwriting.
 */
@Service
@Transactional
public class ReportCollection {

    static final Role[] ENTERING = { Role.SPECIALIST, Role.LEADER, Role.COORDINATING_OFFICE };
    static final Role[] DECIDING = { Role.COORDINATING_OFFICE, Role.LEADER };

    private final ReportSubmissions submissions;
    private final ReportDesign design;
    private final ReportingUnits reporting;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportCollection(ReportSubmissions submissions, ReportDesign design, ReportingUnits reporting, OrgStructure org,
            JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.design = design;
        this.reporting = reporting;
        this.org = org;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The unit's report for the period, started as a draft when there is none yet. */
    public UUID open(Actor actor, UUID scheduleId, String periodKey, UUID unitId) {
        ReportSchedule schedule = design.schedule(scheduleId);
        ReportingPeriod period = schedule.period(periodKey);
        UnitSummary unit = org.visible(actor, unitId);
        actor.require(unit.path(), ENTERING);
        var existing = submissions.findByScheduleIdAndPeriodKeyAndUnitId(scheduleId, period.key(), unitId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (!reporting.isExpected(schedule, period, unitId)) {
            throw new RuleViolated("report.submission.unit-not-expected");
        }
        ReportSubmission draft = ReportSubmission.start(scheduleId, period.key(), unitId, actor.username(), clock.instant());
        try {
            submissions.save(draft);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentChange();
        }
        events.publishEvent(ReportChanged.submission(draft, "report-opened", actor.username(), clock.instant(), "status"));
        return draft.id();
    }

    /** Saves figures (as typed: "1.234,5") and texts; nothing is saved when any cell is wrong. */
    public long save(Actor actor, UUID id, long version, Map<String, String> entries, Map<String, String> texts) {
        ReportSubmission submission = editable(actor, id, version);
        ReportTemplate template = design.template(design.schedule(submission.scheduleId()).templateId());
        Map<String, BigDecimal> figures = template.read(entries == null ? Map.of() : entries);
        Map<String, String> prose = new LinkedHashMap<>();
        template.sections().forEach(s -> prose.put(s.code(), texts == null ? null : texts.get(s.code())));
        submission.write(figures, prose, actor.username(), clock.instant());
        store(submission);
        events.publishEvent(ReportChanged.submission(submission, "report-saved", actor.username(), clock.instant(), "figures", "narratives"));
        return submission.version();
    }

    /** Sends the report in now. */
    public long submit(Actor actor, UUID id, long version) {
        ReportSubmission submission = editable(actor, id, version);
        return submitAt(actor, submission, clock.instant(), LocalDate.now(clock));
    }

    /**
     * Records a report the office received outside the system (on paper, by e-mail) with the day it arrived, once its
     * figures are entered: its timeliness is that of the day it was received.
     */
    public long recordReceived(Actor actor, UUID id, long version, LocalDate receivedOn) {
        ReportSubmission submission = found(id);
        ReportSchedule schedule = design.schedule(submission.scheduleId());
        actor.require(design.unit(schedule.coordinatingUnitId()).path(), Role.COORDINATING_OFFICE);
        submission.requireVersion(version);
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
            throw vn.danvan.shared.InvalidInput.field("receivedOn", "report.submission.received-invalid");
        }
        return submitAt(actor, submission, receivedOn.atTime(LocalTime.of(8, 0)).atZone(Deadline.VIETNAM).toInstant(), receivedOn);
    }

    private long submitAt(Actor actor, ReportSubmission submission, Instant at, LocalDate on) {
        ReportSchedule schedule = design.schedule(submission.scheduleId());
        ReportingPeriod period = schedule.period(submission.periodKey());
        Deadline deadline = schedule.deadline(period);
        submission.submit(deadline, at, on, actor.username());
        store(submission);
        record(submission, "SUBMITTED", actor, null, true);
        events.publishEvent(ReportChanged.submission(submission, "report-submitted", actor.username(), clock.instant(), "status"));
        events.publishEvent(new ReportSubmitted(submission.id(), schedule.id(), period.key(), submission.unitId(),
                deadline.isOnTime(submission.firstSubmittedAt()), at));
        return submission.version();
    }

    public long returnWithComments(Actor actor, UUID id, long version, String comments) {
        ReportSubmission submission = deciding(actor, id, version);
        submission.returnWithComments(comments, actor.username(), clock.instant());
        store(submission);
        record(submission, "RETURNED", actor, submission.comment(), false);
        events.publishEvent(ReportChanged.submission(submission, "report-returned", actor.username(), clock.instant(), "status", "comment"));
        return submission.version();
    }

    public long approve(Actor actor, UUID id, long version) {
        ReportSubmission submission = deciding(actor, id, version);
        submission.approve(actor.username(), clock.instant());
        store(submission);
        record(submission, "APPROVED", actor, null, false);
        events.publishEvent(ReportChanged.submission(submission, "report-approved", actor.username(), clock.instant(), "status"));
        return submission.version();
    }

    /** Unlocks an approved report; only an approver above the coordinating unit may, and must say why. */
    public long reopen(Actor actor, UUID id, long version, String reason) {
        ReportSubmission submission = found(id);
        ReportSchedule schedule = design.schedule(submission.scheduleId());
        if (!mayReopen(actor, design.unit(schedule.coordinatingUnitId()))) {
            throw new AccessDenied();
        }
        submission.requireVersion(version);
        submission.reopen(reason, actor.username(), clock.instant());
        store(submission);
        record(submission, "REOPENED", actor, submission.comment(), false);
        events.publishEvent(ReportChanged.submission(submission, "report-reopened", actor.username(), clock.instant(), "status", "comment"));
        return submission.version();
    }

    /**
     * The reports the actor's units owe or have sent: periods that have begun and closed less than a year ago, for every
     * unit the actor may enter reports for; a report never started is listed only while it may still be submitted.
     */
    @Transactional(readOnly = true)
    public List<DueReport> due(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<DueReport> due = new java.util.ArrayList<>();
        for (ReportSchedule schedule : design.allSchedules()) {
            for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
                for (ReportingPeriod period : schedule.periodsIn(year)) {
                    Deadline deadline = schedule.deadline(period);
                    if (period.cutOffFrom().isAfter(today) || deadline.closesAfter().isBefore(today.minusYears(1))) {
                        continue;
                    }
                    for (ExpectedUnit unit : reporting.expected(schedule, period).values()) {
                        if (!actor.may(unit.path(), ENTERING)) {
                            continue;
                        }
                        var submission = submissions.findByScheduleIdAndPeriodKeyAndUnitId(schedule.id(), period.key(), unit.id());
                        if (submission.isEmpty() && !deadline.isOpenOn(today)) {
                            continue;
                        }
                        due.add(new DueReport(schedule, period, deadline, unit, submission.map(ReportSubmission::id).orElse(null),
                                submission.map(ReportSubmission::status).orElse(null),
                                submission.map(x -> deadline.isOnTime(x.firstSubmittedAt())).orElse(false)));
                    }
                }
            }
        }
        due.sort(java.util.Comparator.comparing((DueReport d) -> d.deadline().due()).reversed());
        return due;
    }

    /** Schedules above to which the coordinating unit (or the body it serves) reports for the same period. */
    @Transactional(readOnly = true)
    public List<ReportSchedule> upward(Actor actor, UUID scheduleId, String periodKey) {
        ReportSchedule schedule = design.schedule(scheduleId);
        UnitSummary coordinator = design.unit(schedule.coordinatingUnitId());
        if (!actor.may(coordinator.path(), Role.COORDINATING_OFFICE)) {
            return List.of();
        }
        List<ReportSchedule> upward = new java.util.ArrayList<>();
        for (ReportSchedule other : design.allSchedules()) {
            if (other.id().equals(scheduleId) || other.periodType() != schedule.periodType()) {
                continue;
            }
            ReportingPeriod period;
            try {
                period = other.period(periodKey);
            } catch (vn.danvan.shared.InvalidInput e) {
                continue;
            }
            var expected = reporting.expected(other, period);
            if (expected.containsKey(coordinator.id()) || (coordinator.parentId() != null && expected.containsKey(coordinator.parentId()))) {
                upward.add(other);
            }
        }
        return upward;
    }

    /** Schedules the actor coordinates (or leads above), newest first. */
    @Transactional(readOnly = true)
    public List<ReportSchedule> coordinated(Actor actor) {
        return design.allSchedules().stream().filter(s -> {
            UnitSummary coordinator = design.unit(s.coordinatingUnitId());
            return actor.may(coordinator.path(), DECIDING) || (s.isByKind() && actor.may(design.unit(s.rootUnitId()).path(), Role.LEADER));
        }).sorted(java.util.Comparator.comparing(ReportSchedule::name)).toList();
    }

    /** The unit's report as an XLSX form to fill in offline; {@code heading} are the title lines to print on top. */
    @Transactional(readOnly = true)
    public byte[] form(Actor actor, UUID id, List<String> heading, java.util.function.Function<String, String> label) {
        SubmissionView view = view(actor, id);
        return FormWorkbook.write(view.submission(), view.template(), heading, label);
    }

    /**
     * Takes a filled-in XLSX form back: every cell is checked and named in its message ("D7"); nothing is saved unless
     * all are right.
     */
    public long upload(Actor actor, UUID id, long version, byte[] content) {
        ReportSubmission submission = editable(actor, id, version);
        ReportTemplate template = design.template(design.schedule(submission.scheduleId()).templateId());
        FormWorkbook.Filled filled = FormWorkbook.read(content, submission, template);
        try {
            return save(actor, id, version, filled.entries(), filled.texts());
        } catch (vn.danvan.shared.InvalidInput e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            List<vn.danvan.shared.DomainException.FieldProblem> cells = e.fieldProblems().stream()
                    .map(p -> new vn.danvan.shared.DomainException.FieldProblem(filled.cellOf().getOrDefault(p.field(), p.field()),
                            p.code(), p.args()))
                    .toList();
            throw new vn.danvan.shared.InvalidInput(cells);
        }
    }

    @Transactional(readOnly = true)
    public SubmissionView view(Actor actor, UUID id) {
        ReportSubmission submission = found(id);
        ReportSchedule schedule = design.schedule(submission.scheduleId());
        UnitSummary unit = design.unit(submission.unitId());
        UnitSummary coordinator = design.unit(schedule.coordinatingUnitId());
        boolean coordinates = actor.may(coordinator.path(), DECIDING);
        if (!actor.sees(unit.path()) && !coordinates) {
            throw new SubmissionNotFound();
        }
        ReportingPeriod period = schedule.period(submission.periodKey());
        List<SubmissionView.Step> history = jdbc.sql("""
                select seq, action, actor, occurred_at, note, case when snapshot is null then 0 else 1 end as snap
                from report_submission_history where submission_id = ? order by seq""").param(id)
                .query((rs, n) -> new SubmissionView.Step(rs.getInt("seq"), rs.getString("action"), rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("note"), rs.getInt("snap") == 1)).list();
        boolean mayEdit = submission.status().isEditable() && actor.may(unit.path(), ENTERING);
        boolean mayDecide = submission.status() == SubmissionStatus.SUBMITTED && coordinates && !ownUnit(actor, unit);
        boolean mayReopen = submission.status() == SubmissionStatus.APPROVED && mayReopen(actor, coordinator);
        return new SubmissionView(submission, schedule, design.template(schedule.templateId()), period,
                schedule.deadline(period), unit, coordinator, history, mayEdit, mayDecide, mayReopen);
    }

    /** A submitted version's figures and texts, as JSON text. */
    @Transactional(readOnly = true)
    public String snapshot(Actor actor, UUID id, int seq) {
        view(actor, id);
        return jdbc.sql("select snapshot from report_submission_history where submission_id = ? and seq = ?").params(id, seq)
                .query(String.class).optional().orElseThrow(SubmissionNotFound::new);
    }

    private ReportSubmission editable(Actor actor, UUID id, long version) {
        ReportSubmission submission = found(id);
        UnitSummary unit = design.unit(submission.unitId());
        if (!actor.sees(unit.path())) {
            throw new SubmissionNotFound();
        }
        actor.require(unit.path(), ENTERING);
        submission.requireVersion(version);
        return submission;
    }

    private ReportSubmission deciding(Actor actor, UUID id, long version) {
        ReportSubmission submission = found(id);
        ReportSchedule schedule = design.schedule(submission.scheduleId());
        actor.require(design.unit(schedule.coordinatingUnitId()).path(), DECIDING);
        if (ownUnit(actor, design.unit(submission.unitId()))) {
            throw new RuleViolated("report.submission.own-unit");
        }
        submission.requireVersion(version);
        return submission;
    }

    /** Whether the actor decides on their own unit's report: their home unit, or a grant held at that unit. */
    private static boolean ownUnit(Actor actor, UnitSummary unit) {
        if (actor.isSystemAdmin()) {
            return false;
        }
        return unit.id().equals(actor.unitId()) || actor.grants().stream().anyMatch(g -> unit.id().equals(g.unitId()));
    }

    private static boolean mayReopen(Actor actor, UnitSummary coordinator) {
        return actor.isSystemAdmin() || actor.grants().stream().anyMatch(g -> (g.role() == Role.LEADER
                || g.role() == Role.COORDINATING_OFFICE) && g.covers(coordinator.path()) && !g.unitPath().equals(coordinator.path()));
    }

    private ReportSubmission found(UUID id) {
        return submissions.findById(id).orElseThrow(SubmissionNotFound::new);
    }

    private void store(ReportSubmission submission) {
        try {
            submissions.save(submission);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange();
        }
    }

    private void record(ReportSubmission submission, String action, Actor actor, String note, boolean withSnapshot) {
        Integer next = jdbc.sql("select coalesce(max(seq), 0) + 1 from report_submission_history where submission_id = ?")
                .param(submission.id()).query(Integer.class).single();
        String snapshot = null;
        if (withSnapshot) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("figures", submission.figures());
            content.put("narratives", submission.narratives());
            snapshot = json.writeValueAsString(content);
        }
        jdbc.sql("""
                insert into report_submission_history (submission_id, seq, action, actor, occurred_at, note, snapshot)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(submission.id(), next, action, actor.username(), Timestamp.from(clock.instant()), note, snapshot).update();
    }
}
