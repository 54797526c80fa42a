package vn.danvan.report;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitNotFound;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;

/**
 * Setting up reporting: a coordinating office defines templates and the schedules that ask its units for reports.
 */
@Service
@Transactional
public class ReportDesign {

    private final ReportTemplates templates;
    private final ReportSchedules schedules;
    private final ReportSubmissions submissions;
    private final OrgStructure org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportDesign(ReportTemplates templates, ReportSchedules schedules, ReportSubmissions submissions, OrgStructure org,
            ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.schedules = schedules;
        this.submissions = submissions;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    public UUID defineTemplate(Actor actor, NewTemplate t) {
        UnitSummary owner = org.find(t.ownerUnitId()).orElseThrow(() -> InvalidInput.field("ownerUnitId", "report.unit.required"));
        actor.require(owner.path(), Role.COORDINATING_OFFICE);
        ReportTemplate template = ReportTemplate.define(owner.id(), t.name(), t.elements(), t.sections(), t.indicators(),
                t.rules(), clock.instant());
        templates.save(template);
        events.publishEvent(new ReportChanged("report-template", template.id().toString(), owner.id(), "report-defined",
                List.of("name", "elements", "sections", "indicators", "rules"), actor.username(), clock.instant()));
        return template.id();
    }

    /**
     * Changes a template while no unit has opened a report under it; afterwards its reports must keep their meaning, so
     * the office defines a new template (the page offers a copy to start from).
     */
    public void reviseTemplate(Actor actor, UUID id, long version, NewTemplate t) {
        ReportTemplate current = template(id);
        actor.require(unit(current.ownerUnitId()).path(), Role.COORDINATING_OFFICE);
        if (current.version() != version) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
        if (schedules.findAll().stream().anyMatch(s -> s.templateId().equals(id) && submissions.existsByScheduleId(s.id()))) {
            throw new vn.danvan.shared.RuleViolated("report.template.in-use");
        }
        ReportTemplate revised = current.revise(t.name(), t.elements(), t.sections(), t.indicators(), t.rules());
        save(revised);
        events.publishEvent(new ReportChanged("report-template", id.toString(), current.ownerUnitId(), "report-revised",
                List.of("name", "elements", "sections", "indicators", "rules"), actor.username(), clock.instant()));
    }

    /** Changes a schedule; its template only while no unit has opened a report under it. */
    public void reviseSchedule(Actor actor, UUID id, long version, NewSchedule s) {
        ReportSchedule current = schedule(id);
        actor.require(unit(current.coordinatingUnitId()).path(), Role.COORDINATING_OFFICE);
        if (current.version() != version) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
        checkSchedule(actor, s);
        if (!current.templateId().equals(s.templateId()) && submissions.existsByScheduleId(id)) {
            throw InvalidInput.field("templateId", "report.schedule.template-in-use");
        }
        ReportSchedule revised = current.revise(s);
        try {
            schedules.save(revised);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
        events.publishEvent(new ReportChanged("report-schedule", id.toString(), s.coordinatingUnitId(), "report-replanned",
                List.of("name", "template", "units", "period", "deadline"), actor.username(), clock.instant()));
    }

    private void save(ReportTemplate template) {
        try {
            templates.save(template);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new vn.danvan.shared.ConcurrentChange();
        }
    }

    /** The units for which the actor may set up reporting: where they work as the coordinating office. */
    @Transactional(readOnly = true)
    public List<UnitSummary> coordinatingUnits(Actor actor) {
        return actor.grants().stream().filter(g -> g.role() == Role.COORDINATING_OFFICE || g.role() == Role.SYSTEM_ADMIN)
                .map(g -> org.find(g.unitId())).flatMap(java.util.Optional::stream).distinct().toList();
    }

    public UUID planSchedule(Actor actor, NewSchedule s) {
        UnitSummary coordinator = checkSchedule(actor, s);
        ReportSchedule schedule = ReportSchedule.plan(s, clock.instant());
        schedules.save(schedule);
        events.publishEvent(new ReportChanged("report-schedule", schedule.id().toString(), coordinator.id(), "report-planned",
                List.of("name", "template", "units", "period", "deadline"), actor.username(), clock.instant()));
        return schedule.id();
    }

    /** Checks the units and template a schedule names, and the actor's right to set it; the coordinating unit. */
    private UnitSummary checkSchedule(Actor actor, NewSchedule s) {
        UnitSummary coordinator = s.coordinatingUnitId() == null ? null : org.find(s.coordinatingUnitId()).orElse(null);
        if (coordinator == null) {
            throw InvalidInput.field("coordinatingUnitId", "report.schedule.coordinator-required");
        }
        actor.require(coordinator.path(), Role.COORDINATING_OFFICE);
        ReportTemplate template = s.templateId() == null ? null : templates.findById(s.templateId()).orElse(null);
        if (template == null) {
            throw InvalidInput.field("templateId", "report.schedule.template-required");
        }
        if (s.rootUnitId() != null) {
            UnitSummary root = org.find(s.rootUnitId()).orElseThrow(() -> InvalidInput.field("rootUnitId", "report.unit.required"));
            boolean ownBody = root.id().equals(coordinator.parentId());
            if (!ownBody && !actor.sees(root.path())) {
                throw InvalidInput.field("rootUnitId", "report.schedule.root-out-of-reach");
            }
        }
        if (s.unitIds() != null) {
            for (UUID id : s.unitIds()) {
                if (org.find(id).isEmpty()) {
                    throw InvalidInput.field("unitIds", "report.unit.required");
                }
            }
        }
        return coordinator;
    }

    @Transactional(readOnly = true)
    public ReportTemplate template(UUID id) {
        return templates.findById(id).orElseThrow(TemplateNotFound::new);
    }

    @Transactional(readOnly = true)
    public ReportSchedule schedule(UUID id) {
        return schedules.findById(id).orElseThrow(ScheduleNotFound::new);
    }

    /** Templates owned by units the actor sees. */
    @Transactional(readOnly = true)
    public List<ReportTemplate> templates(Actor actor) {
        return templates.findAll().stream().filter(t -> org.find(t.ownerUnitId()).map(u -> actor.sees(u.path())).orElse(false))
                .sorted(Comparator.comparing(ReportTemplate::name)).toList();
    }

    /** Every schedule, for the module's own lookups (scoping happens at the caller). */
    List<ReportSchedule> allSchedules() {
        return schedules.findAll();
    }

    UnitSummary unit(UUID id) {
        return org.find(id).orElseThrow(UnitNotFound::new);
    }
}
