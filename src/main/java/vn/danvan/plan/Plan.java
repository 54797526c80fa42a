package vn.danvan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * A unit's plan: its title, period, objectives and requirements (mục đích, yêu cầu), the document it is issued as and
 * the higher plan it implements. Its content (targets, tasks) may change only while it is a draft; an issued plan is
 * reopened first. Every change to the content bumps its version, so the second of two editors is told.
 */
@Table("plan")
public class Plan {

    static final int MAX_TITLE = 500;
    static final int MAX_OBJECTIVES = 20_000;

    @Id
    private final UUID id;
    private final UUID owningUnitId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private PlanStatus status;
    private UUID documentId;
    private final UUID parentPlanId;
    private String objectives;
    private LocalDate issuedOn;
    private LocalDate closedOn;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;

    @PersistenceCreator
    Plan(UUID id, UUID owningUnitId, String title, LocalDate periodStart, LocalDate periodEnd, PlanStatus status,
            UUID documentId, UUID parentPlanId, String objectives, LocalDate issuedOn, LocalDate closedOn, Instant createdAt,
            String createdBy, Instant updatedAt, String updatedBy, Long version) {
        this.id = id;
        this.owningUnitId = owningUnitId;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = status;
        this.documentId = documentId;
        this.parentPlanId = parentPlanId;
        this.objectives = objectives;
        this.issuedOn = issuedOn;
        this.closedOn = closedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
    }

    static Plan draft(UUID owningUnitId, Period period, String title, String objectives, UUID parentPlanId, String by,
            Instant now) {
        if (owningUnitId == null) {
            throw InvalidInput.field("owningUnitId", "plan.unit.required");
        }
        return new Plan(UUID.randomUUID(), owningUnitId, checkedTitle(title), period.start(), period.end(), PlanStatus.DRAFT,
                null, parentPlanId, checkedObjectives(objectives), null, null, now, by, now, by, null);
    }

    /** Changes title, period and objectives of a draft. */
    void describe(String title, Period period, String objectives, String by, Instant now) {
        requireDraft();
        this.title = checkedTitle(title);
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.objectives = checkedObjectives(objectives);
        touch(by, now);
    }

    /** Marks the content as changed (a target or task added, edited or removed) so that concurrent editors collide. */
    void contentChanged(String by, Instant now) {
        requireDraft();
        touch(by, now);
    }

    void issue(LocalDate on, UUID documentId, String by, Instant now) {
        requireDraft();
        if (on == null) {
            throw InvalidInput.field("issuedOn", "plan.issued-on.required");
        }
        this.issuedOn = on;
        if (documentId != null) {
            this.documentId = documentId;
        }
        this.status = PlanStatus.ISSUED;
        touch(by, now);
    }

    void close(LocalDate on, String by, Instant now) {
        if (status != PlanStatus.ISSUED) {
            throw new RuleViolated("plan.not-issued");
        }
        this.closedOn = on;
        this.status = PlanStatus.CLOSED;
        touch(by, now);
    }

    /** Back to a draft so that its content can be corrected; it keeps the date it was first issued. */
    void reopen(String by, Instant now) {
        if (status == PlanStatus.DRAFT) {
            throw new RuleViolated("plan.already-draft");
        }
        this.status = PlanStatus.DRAFT;
        this.closedOn = null;
        touch(by, now);
    }

    void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolated("plan.not-draft");
        }
    }

    void requireVersion(Long expected) {
        if (expected != null && expected != version()) {
            throw new ConcurrentChange();
        }
    }

    /** Whether a date lies within the plan's period (deadlines must). */
    void requireWithin(LocalDate date, String field) {
        if (date != null && !period().contains(date)) {
            throw InvalidInput.field(field, "plan.date-outside-period", date, periodStart, periodEnd);
        }
    }

    private static String checkedTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw InvalidInput.field("title", "plan.title.required", MAX_TITLE);
        }
        return clean;
    }

    private static String checkedObjectives(String objectives) {
        String clean = objectives == null ? "" : objectives.strip();
        if (clean.length() > MAX_OBJECTIVES) {
            throw InvalidInput.field("objectives", "plan.objectives.too-long", MAX_OBJECTIVES);
        }
        return clean.isEmpty() ? null : clean;
    }

    private void touch(String by, Instant now) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID owningUnitId() {
        return owningUnitId;
    }

    public String title() {
        return title;
    }

    public Period period() {
        return new Period(periodStart, periodEnd);
    }

    public PlanStatus status() {
        return status;
    }

    public UUID documentId() {
        return documentId;
    }

    public UUID parentPlanId() {
        return parentPlanId;
    }

    public String objectives() {
        return objectives;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
