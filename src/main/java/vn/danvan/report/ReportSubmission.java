package vn.danvan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * One unit's report for one period of a schedule: draft → submitted → returned with comments or approved. Approval
 * locks it until an approver above reopens it with a reason. The first submission time is kept for timeliness.
 */
@Table("report_submission")
public class ReportSubmission {

    static final int MAX_TEXT = 20_000;

    @Id
    private final UUID id;
    private final UUID scheduleId;
    private final String periodKey;
    private final UUID unitId;
    private SubmissionStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    private Instant firstSubmittedAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decidedBy;
    @Column("comment_text")
    private String comment;
    @Version
    private Long version;
    @MappedCollection(idColumn = "submission_id")
    private Set<Figure> figures;
    @MappedCollection(idColumn = "submission_id")
    private Set<Narrative> narratives;

    @PersistenceCreator
    ReportSubmission(UUID id, UUID scheduleId, String periodKey, UUID unitId, SubmissionStatus status, Instant createdAt,
            Instant updatedAt, String updatedBy, Instant firstSubmittedAt, Instant submittedAt, Instant decidedAt,
            String decidedBy, String comment, Long version, Set<Figure> figures, Set<Narrative> narratives) {
        this.id = id;
        this.scheduleId = scheduleId;
        this.periodKey = periodKey;
        this.unitId = unitId;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.firstSubmittedAt = firstSubmittedAt;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.comment = comment;
        this.version = version;
        this.figures = new HashSet<>(figures == null ? Set.of() : figures);
        this.narratives = new HashSet<>(narratives == null ? Set.of() : narratives);
    }

    static ReportSubmission start(UUID scheduleId, String periodKey, UUID unitId, String by, Instant now) {
        return new ReportSubmission(UUID.randomUUID(), scheduleId, periodKey, unitId, SubmissionStatus.DRAFT, now, now, by,
                null, null, null, null, null, null, Set.of(), Set.of());
    }

    /** Replaces the figures and texts of a draft or returned report with checked ones. */
    void write(Map<String, BigDecimal> checkedFigures, Map<String, String> texts, String by, Instant now) {
        requireEditable();
        Set<Figure> next = new HashSet<>();
        checkedFigures.forEach((key, value) -> {
            int dot = key.indexOf('.');
            next.add(dot < 0 ? new Figure(key, "", value, scheduleId, periodKey)
                    : new Figure(key.substring(0, dot), key.substring(dot + 1), value, scheduleId, periodKey));
        });
        Set<Narrative> prose = new HashSet<>();
        texts.forEach((code, text) -> {
            String clean = text == null ? "" : text.strip();
            if (clean.length() > MAX_TEXT) {
                throw InvalidInput.field(code, "report.narrative.too-long", MAX_TEXT);
            }
            if (!clean.isEmpty()) {
                prose.add(new Narrative(code, clean));
            }
        });
        this.figures = next;
        this.narratives = prose;
        touch(by, now);
    }

    /** Sends the report in; late is allowed until the deadline's grace days run out. */
    void submit(Deadline deadline, Instant at, LocalDate today, String by) {
        requireEditable();
        if (!deadline.isOpenOn(today)) {
            throw new RuleViolated("report.submission.window-closed", deadline.closesAfter());
        }
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        submittedAt = at;
        status = SubmissionStatus.SUBMITTED;
        comment = null;
        touch(by, at);
    }

    void returnWithComments(String comments, String by, Instant now) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new RuleViolated("report.submission.not-submitted");
        }
        comment = requiredText(comments, "comment");
        status = SubmissionStatus.RETURNED;
        decide(by, now);
    }

    void approve(String by, Instant now) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new RuleViolated("report.submission.not-submitted");
        }
        status = SubmissionStatus.APPROVED;
        comment = null;
        decide(by, now);
    }

    void reopen(String reason, String by, Instant now) {
        if (status != SubmissionStatus.APPROVED) {
            throw new RuleViolated("report.submission.not-approved");
        }
        comment = requiredText(reason, "reason");
        status = SubmissionStatus.RETURNED;
        decide(by, now);
    }

    private static String requiredText(String text, String field) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw InvalidInput.field(field, "report.submission." + field + "-required");
        }
        if (clean.length() > 4000) {
            throw InvalidInput.field(field, "report.narrative.too-long", 4000);
        }
        return clean;
    }

    private void decide(String by, Instant now) {
        decidedAt = now;
        decidedBy = by;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedAt = now;
        updatedBy = by;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new RuleViolated("report.submission.locked");
        }
    }

    void requireVersion(long expected) {
        if (version() != expected) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
    }

    public Map<String, BigDecimal> figures() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        figures.forEach(f -> map.put(f.key(), f.value()));
        return map;
    }

    public Map<String, String> narratives() {
        Map<String, String> map = new LinkedHashMap<>();
        narratives.forEach(n -> map.put(n.sectionCode(), n.body()));
        return map;
    }

    public UUID id() {
        return id;
    }

    public UUID scheduleId() {
        return scheduleId;
    }

    public String periodKey() {
        return periodKey;
    }

    public UUID unitId() {
        return unitId;
    }

    public SubmissionStatus status() {
        return status;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String comment() {
        return comment;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
