package vn.danvan.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.InvalidInput;

/**
 * A reporting regime (chế độ báo cáo): which template, which units report (all units of given kinds under a unit, or a
 * list), to which coordinating unit, how often, the deadline rule, how long it stays open after the deadline and when
 * reminders go out. It may come from the reporting rule of a plan (by id only).
 */
@Table("report_schedule")
public class ReportSchedule {

    @Id
    private final UUID id;
    private final String name;
    private final UUID templateId;
    private final UUID coordinatingUnitId;
    private final UUID rootUnitId;
    private final String unitKinds;
    private final PeriodType periodType;
    private final int deadlineMonthOffset;
    private final int deadlineDay;
    private final LocalDate adHocFrom;
    private final LocalDate adHocTo;
    private final LocalDate adHocDue;
    private final int graceDays;
    private final String reminderDays;
    private final int firstYear;
    private final UUID planId;
    private final Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "schedule_id")
    private final Set<ScheduledUnit> units;

    @PersistenceCreator
    ReportSchedule(UUID id, String name, UUID templateId, UUID coordinatingUnitId, UUID rootUnitId, String unitKinds,
            PeriodType periodType, int deadlineMonthOffset, int deadlineDay, LocalDate adHocFrom, LocalDate adHocTo,
            LocalDate adHocDue, int graceDays, String reminderDays, int firstYear, UUID planId, Instant createdAt,
            Long version, Set<ScheduledUnit> units) {
        this.id = id;
        this.name = name;
        this.templateId = templateId;
        this.coordinatingUnitId = coordinatingUnitId;
        this.rootUnitId = rootUnitId;
        this.unitKinds = unitKinds;
        this.periodType = periodType;
        this.deadlineMonthOffset = deadlineMonthOffset;
        this.deadlineDay = deadlineDay;
        this.adHocFrom = adHocFrom;
        this.adHocTo = adHocTo;
        this.adHocDue = adHocDue;
        this.graceDays = graceDays;
        this.reminderDays = reminderDays;
        this.firstYear = firstYear;
        this.planId = planId;
        this.createdAt = createdAt;
        this.version = version;
        this.units = new LinkedHashSet<>(units == null ? Set.of() : units);
    }

    static ReportSchedule plan(NewSchedule s, Instant now) {
        if (s.name() == null || s.name().isBlank() || s.name().length() > 300) {
            throw InvalidInput.field("name", "report.schedule.name-required");
        }
        if (s.templateId() == null) {
            throw InvalidInput.field("templateId", "report.schedule.template-required");
        }
        if (s.coordinatingUnitId() == null) {
            throw InvalidInput.field("coordinatingUnitId", "report.schedule.coordinator-required");
        }
        if (s.periodType() == null) {
            throw InvalidInput.field("periodType", "report.schedule.period-type-required");
        }
        boolean byKinds = s.rootUnitId() != null && s.unitKinds() != null && !s.unitKinds().isEmpty();
        boolean byList = s.unitIds() != null && !s.unitIds().isEmpty();
        if (byKinds == byList) {
            throw InvalidInput.field("unitKinds", "report.schedule.units-required");
        }
        if (s.graceDays() < 0 || s.graceDays() > 366) {
            throw InvalidInput.field("graceDays", "report.schedule.grace-invalid");
        }
        if (s.periodType().isAdHoc() && (s.adHocFrom() == null || s.adHocTo() == null || s.adHocDue() == null
                || s.adHocTo().isBefore(s.adHocFrom()))) {
            throw InvalidInput.field("adHocFrom", "report.schedule.ad-hoc-dates-required");
        }
        DeadlineRule rule = new DeadlineRule(s.deadlineMonthOffset(), s.deadlineDay());
        List<Integer> reminders = s.reminderDays() == null ? List.of() : s.reminderDays();
        if (reminders.stream().anyMatch(d -> d == null || d < 0 || d > 60)) {
            throw InvalidInput.field("reminderDays", "report.schedule.reminders-invalid");
        }
        String kinds = byKinds ? s.unitKinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) : null;
        Set<ScheduledUnit> list = byList ? s.unitIds().stream().map(ScheduledUnit::new).collect(Collectors.toCollection(LinkedHashSet::new))
                : Set.of();
        return new ReportSchedule(UUID.randomUUID(), s.name().strip(), s.templateId(), s.coordinatingUnitId(),
                byKinds ? s.rootUnitId() : null, kinds, s.periodType(), rule.monthOffset(), rule.day(), s.adHocFrom(),
                s.adHocTo(), s.adHocDue(), s.graceDays(),
                reminders.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(",")),
                s.firstYear() == 0 ? now.atZone(Deadline.VIETNAM).getYear() : s.firstYear(), s.planId(), now, null, list);
    }

    /** The same schedule with new settings, checked as a new one is. */
    ReportSchedule revise(NewSchedule s) {
        ReportSchedule checked = plan(s, createdAt);
        return new ReportSchedule(id, checked.name, checked.templateId, checked.coordinatingUnitId, checked.rootUnitId,
                checked.unitKinds, checked.periodType, checked.deadlineMonthOffset, checked.deadlineDay, checked.adHocFrom,
                checked.adHocTo, checked.adHocDue, checked.graceDays, checked.reminderDays, checked.firstYear, planId, createdAt,
                version, checked.units);
    }

    /** A period of this schedule by its key; anything else is a period outside the schedule. */
    public ReportingPeriod period(String key) {
        if (periodType.isAdHoc()) {
            if (!"ADHOC".equals(key)) {
                throw InvalidInput.field("period", "report.period.outside-schedule");
            }
            return ReportingPeriod.adHoc(adHocFrom, adHocTo);
        }
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(periodType, key);
        } catch (InvalidInput e) {
            throw InvalidInput.field("period", "report.period.outside-schedule");
        }
        if (period.year() < firstYear) {
            throw InvalidInput.field("period", "report.period.outside-schedule");
        }
        return period;
    }

    /** The periods of a year this schedule asks reports for. */
    public List<ReportingPeriod> periodsIn(int year) {
        if (periodType.isAdHoc()) {
            return List.of(ReportingPeriod.adHoc(adHocFrom, adHocTo));
        }
        return year < firstYear ? List.of() : ReportingPeriod.inYear(periodType, year);
    }

    public Deadline deadline(ReportingPeriod period) {
        LocalDate due = periodType.isAdHoc() ? adHocDue : new DeadlineRule(deadlineMonthOffset, deadlineDay).dueFor(period);
        return new Deadline(due, graceDays);
    }

    /** Whether units are chosen by kind under a unit rather than listed. */
    public boolean isByKind() {
        return rootUnitId != null;
    }

    public Set<UnitKind> unitKinds() {
        if (unitKinds == null || unitKinds.isBlank()) {
            return Set.of();
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        Arrays.stream(unitKinds.split(",")).map(UnitKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    public Set<UUID> listedUnits() {
        return units.stream().map(ScheduledUnit::unitId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Integer> reminderDays() {
        return reminderDays == null || reminderDays.isBlank() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(Integer::valueOf).toList();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID templateId() {
        return templateId;
    }

    public UUID coordinatingUnitId() {
        return coordinatingUnitId;
    }

    public UUID rootUnitId() {
        return rootUnitId;
    }

    public PeriodType periodType() {
        return periodType;
    }

    public DeadlineRule deadlineRule() {
        return new DeadlineRule(deadlineMonthOffset, deadlineDay);
    }

    public int graceDays() {
        return graceDays;
    }

    public int firstYear() {
        return firstYear;
    }

    public UUID planId() {
        return planId;
    }

    public LocalDate adHocDue() {
        return adHocDue;
    }

    public LocalDate adHocFrom() {
        return adHocFrom;
    }

    public LocalDate adHocTo() {
        return adHocTo;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
