package vn.danvan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * A task of a plan: exactly one lead unit, coordinating units other than the lead, a deadline or a recurrence, status
 * and progress entered by hand (for a task with sub-tasks progress is derived from them instead). Overdue is derived
 * from the deadline and today's date, never stored.
 */
@Table("plan_task")
public class Task {

    static final int MAX_TITLE = 1000;
    static final int MAX_TEXT = 20_000;

    @Id
    private final UUID id;
    private final UUID planId;
    private final UUID parentId;
    private final int ord;
    @Column("task_number")
    private String number;
    private String title;
    private String body;
    private UUID leadUnitId;
    private String responsible;
    private LocalDate dueOn;
    private String recurrence;
    private BigDecimal weight;
    private TaskStatus status;
    private int progress;
    private final UUID implementsId;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private Long version;
    @MappedCollection(idColumn = "task_id")
    private Set<Coordination> coordinators;

    @PersistenceCreator
    Task(UUID id, UUID planId, UUID parentId, int ord, String number, String title, String body, UUID leadUnitId,
            String responsible, LocalDate dueOn, String recurrence, BigDecimal weight, TaskStatus status, int progress,
            UUID implementsId, Instant updatedAt, String updatedBy, Long version, Set<Coordination> coordinators) {
        this.id = id;
        this.planId = planId;
        this.parentId = parentId;
        this.ord = ord;
        this.number = number;
        this.title = title;
        this.body = body;
        this.leadUnitId = leadUnitId;
        this.responsible = responsible;
        this.dueOn = dueOn;
        this.recurrence = recurrence;
        this.weight = weight;
        this.status = status;
        this.progress = progress;
        this.implementsId = implementsId;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.version = version;
        this.coordinators = new HashSet<>(coordinators == null ? Set.of() : coordinators);
    }

    static Task of(UUID planId, int ord, NewTask task, UUID implementsId, String by, Instant now) {
        Task created = new Task(UUID.randomUUID(), planId, task.parentId(), ord, null, null, null, null, null, null, null,
                BigDecimal.ONE, TaskStatus.NOT_STARTED, 0, implementsId, now, by, null, Set.of());
        created.define(task, by, now);
        return created;
    }

    /** Sets what the task says and who does it; contributions already reported by units that stay are kept. */
    void define(NewTask task, String by, Instant now) {
        String cleanTitle = VietnameseText.clean(task.title());
        if (cleanTitle == null || cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw InvalidInput.field("title", "plan.task.title-required", MAX_TITLE);
        }
        if (task.leadUnitId() == null) {
            throw InvalidInput.field("leadUnitId", "plan.task.lead-required");
        }
        Set<UUID> coordinating = new LinkedHashSet<>(task.coordinatingUnitIds());
        coordinating.remove(null);
        if (coordinating.contains(task.leadUnitId())) {
            throw InvalidInput.field("coordinatingUnitIds", "plan.task.lead-also-coordinating");
        }
        String text = task.text() == null || task.text().isBlank() ? null : task.text().strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidInput.field("text", "plan.task.text-too-long", MAX_TEXT);
        }
        BigDecimal w = task.weight() == null ? BigDecimal.ONE : task.weight();
        if (w.signum() <= 0 || w.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw InvalidInput.field("weight", "plan.task.weight-invalid");
        }
        Recurrence repeat = Recurrence.parse(task.recurrence());
        String num = VietnameseText.clean(task.number());
        if (num != null && num.length() > 20) {
            throw InvalidInput.field("number", "plan.task.number-too-long");
        }
        String person = VietnameseText.clean(task.responsible());
        if (person != null && person.length() > 200) {
            throw InvalidInput.field("responsible", "plan.task.responsible-too-long");
        }
        this.number = num == null || num.isEmpty() ? null : num;
        this.title = cleanTitle;
        this.body = text;
        this.leadUnitId = task.leadUnitId();
        this.responsible = person == null || person.isEmpty() ? null : person;
        this.dueOn = task.dueOn();
        this.recurrence = repeat == null ? null : repeat.text();
        this.weight = w;
        Set<Coordination> next = new HashSet<>();
        for (UUID unit : coordinating) {
            next.add(coordinators.stream().filter(c -> c.unitId().equals(unit)).findFirst().orElse(Coordination.of(unit)));
        }
        this.coordinators = next;
        touch(by, now);
    }

    /**
     * The lead unit reports: a status and progress (0–100 %). Done means 100 %; 100 % without a status means done;
     * a task with sub-tasks takes its progress from them, so only its status may be given.
     */
    void report(TaskStatus newStatus, Integer newProgress, boolean hasSubTasks, String by, Instant now) {
        if (newProgress != null && (newProgress < 0 || newProgress > 100)) {
            throw InvalidInput.field("progress", "plan.task.progress-invalid");
        }
        if (newProgress != null && hasSubTasks && newProgress != progress) {
            throw new RuleViolated("plan.task.progress-derived");
        }
        TaskStatus next = newStatus != null ? newStatus : status;
        int nextProgress = newProgress != null ? newProgress : progress;
        if (newStatus == null && newProgress != null) {
            next = nextProgress == 100 ? TaskStatus.DONE : nextProgress > 0 ? TaskStatus.IN_PROGRESS : status;
        }
        if (next == TaskStatus.DONE && !hasSubTasks) {
            if (newProgress != null && newProgress < 100) {
                throw InvalidInput.field("progress", "plan.task.done-needs-full-progress");
            }
            nextProgress = 100;
        }
        if (next == TaskStatus.NOT_STARTED && nextProgress > 0) {
            next = TaskStatus.IN_PROGRESS;
        }
        this.status = next;
        this.progress = nextProgress;
        touch(by, now);
    }

    /** Takes the progress derived from the sub-tasks; a parent with progress is under way. */
    void followSubTasks(int derived) {
        this.progress = derived;
        if (status == TaskStatus.NOT_STARTED && derived > 0) {
            status = TaskStatus.IN_PROGRESS;
        }
    }

    /** A coordinating unit reports its own contribution. */
    void contribute(UUID unitId, String note, Integer contributionProgress, String by, Instant now) {
        Coordination current = coordinators.stream().filter(c -> c.unitId().equals(unitId)).findFirst()
                .orElseThrow(() -> new RuleViolated("plan.task.not-coordinating"));
        if (contributionProgress != null && (contributionProgress < 0 || contributionProgress > 100)) {
            throw InvalidInput.field("progress", "plan.task.progress-invalid");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() && contributionProgress == null) {
            throw InvalidInput.field("note", "plan.task.contribution-required");
        }
        if (text.length() > 4000) {
            throw InvalidInput.field("note", "plan.task.note-too-long", 4000);
        }
        coordinators.remove(current);
        coordinators.add(new Coordination(unitId, text.isEmpty() ? current.contribution() : text,
                contributionProgress != null ? contributionProgress : current.progress(), now));
        touch(by, now);
    }

    void requireVersion(Long expected) {
        if (expected != null && expected != version()) {
            throw new ConcurrentChange();
        }
    }

    /** Whether the deadline has passed while the task is still open. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    private void touch(String by, Instant now) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public UUID parentId() {
        return parentId;
    }

    public int ord() {
        return ord;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public UUID leadUnitId() {
        return leadUnitId;
    }

    public String responsible() {
        return responsible;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String recurrence() {
        return recurrence;
    }

    public BigDecimal weight() {
        return weight;
    }

    public TaskStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public UUID implementsId() {
        return implementsId;
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

    public List<Coordination> coordinators() {
        return new ArrayList<>(coordinators);
    }

    public List<UUID> coordinatingUnitIds() {
        return coordinators.stream().map(Coordination::unitId).toList();
    }
}
