package vn.danvan.report.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.danvan.org.UnitKind;
import vn.danvan.report.Completeness;
import vn.danvan.report.DataElement;
import vn.danvan.report.DueReport;
import vn.danvan.report.Indicator;
import vn.danvan.report.NarrativeSection;
import vn.danvan.report.PeriodType;
import vn.danvan.report.ReportSchedule;
import vn.danvan.report.ReportTemplate;
import vn.danvan.report.ReportingPeriod;
import vn.danvan.report.RollUp;
import vn.danvan.report.SubmissionStatus;
import vn.danvan.report.SubmissionView;
import vn.danvan.report.ValidationRule;

/**
 * What the reporting API answers and accepts: plain records, never aggregates.
 */
final class ReportDtos {

    private ReportDtos() {
    }

    record Period(String key, PeriodType type, LocalDate cutOffFrom, LocalDate cutOffTo, LocalDate deadline, LocalDate closesAfter) {
        static Period of(ReportSchedule schedule, ReportingPeriod p) {
            var d = schedule.deadline(p);
            return new Period(p.key(), p.type(), p.cutOffFrom(), p.cutOffTo(), d.due(), d.closesAfter());
        }
    }

    record Template(UUID id, UUID ownerUnitId, String name, List<DataElement> elements, List<NarrativeSection> sections,
            List<Indicator> indicators, List<ValidationRule> rules) {
        static Template of(ReportTemplate t) {
            return new Template(t.id(), t.ownerUnitId(), t.name(), t.elements(), t.sections(), t.indicators(), t.rules());
        }
    }

    record Schedule(UUID id, String name, UUID templateId, UUID coordinatingUnitId, UUID rootUnitId, Set<UnitKind> unitKinds,
            Set<UUID> unitIds, PeriodType periodType, int deadlineMonthOffset, int deadlineDay, int graceDays,
            List<Integer> reminderDays, int firstYear, UUID planId) {
        static Schedule of(ReportSchedule s) {
            return new Schedule(s.id(), s.name(), s.templateId(), s.coordinatingUnitId(), s.rootUnitId(), s.unitKinds(),
                    s.listedUnits(), s.periodType(), s.deadlineRule().monthOffset(), s.deadlineRule().day(), s.graceDays(),
                    s.reminderDays(), s.firstYear(), s.planId());
        }
    }

    record Step(int seq, String action, String actor, Instant at, String note, boolean hasSnapshot) {
    }

    record Submission(UUID id, UUID scheduleId, Period period, UUID unitId, String unitName, SubmissionStatus status,
            Instant firstSubmittedAt, Instant submittedAt, boolean onTime, String comment, long version,
            Map<String, BigDecimal> figures, Map<String, String> narratives, List<Step> history) {
        static Submission of(SubmissionView v) {
            var s = v.submission();
            return new Submission(s.id(), s.scheduleId(), Period.of(v.schedule(), v.period()), s.unitId(), v.unit().name(),
                    s.status(), s.firstSubmittedAt(), s.submittedAt(), v.isOnTime(), s.comment(), s.version(), s.figures(),
                    s.narratives(), v.history().stream().map(h -> new Step(h.seq(), h.action(), h.actor(), h.at(), h.note(),
                            h.hasSnapshot())).toList());
        }
    }

    record Due(UUID scheduleId, String scheduleName, Period period, UUID unitId, String unitName, UUID submissionId,
            SubmissionStatus status, boolean onTime) {
        static Due of(DueReport d) {
            return new Due(d.schedule().id(), d.schedule().name(), Period.of(d.schedule(), d.period()), d.unit().id(),
                    d.unit().name(), d.submissionId(), d.status(), d.onTime());
        }
    }

    record CompletenessRow(UUID unitId, String unitName, UUID submissionId, SubmissionStatus status, Instant firstSubmittedAt,
            boolean submitted, boolean onTime, boolean late) {
    }

    record CompletenessReport(UUID scheduleId, Period period, int expected, int submitted, int onTime, int late, int missing,
            double submittedRate, double onTimeRate, List<CompletenessRow> units) {
        /** The counts with the units named: all of them, or only the missing and late ones. */
        static CompletenessReport of(Completeness c, boolean allUnits) {
            return new CompletenessReport(c.schedule().id(), Period.of(c.schedule(), c.period()), c.expected(), c.submitted(),
                    c.onTime(), c.late(), c.missing(), c.submittedRate(), c.onTimeRate(), c.rows().stream()
                            .filter(r -> allUnits || !r.onTime())
                            .map(r -> new CompletenessRow(r.unit().id(), r.unit().name(), r.submissionId(), r.status(),
                                    r.firstSubmittedAt(), r.submitted(), r.onTime(), r.isLate())).toList());
        }
    }

    record RollUpReport(UUID scheduleId, Period period, RollUp.Line total, List<RollUp.Line> lines) {
        static RollUpReport of(RollUp r) {
            return new RollUpReport(r.schedule().id(), Period.of(r.schedule(), r.period()), r.total(), r.lines());
        }
    }

    record Entries(long version, Map<String, String> figures, Map<String, String> narratives) {
    }

    record Decision(long version, String comment) {
    }

    record Received(long version, LocalDate receivedOn) {
    }

    record Version(long version) {
    }

    record Created(UUID id) {
    }
}
