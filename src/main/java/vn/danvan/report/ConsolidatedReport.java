package vn.danvan.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitDetails;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;

/**
 * The coordinating office's consolidated report for a period, as DOCX and PDF, laid out per Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): issuer with its governing body and the national motto side by side, number and symbol, place and date,
 * type name and title, the body — rolled-up figures, indicators, who reported, and the narrative sections compiled
 * from the units' reports with each passage attributed to its unit — then "Nơi nhận" and the signing block (see
 * {@link DocxLayout} and {@link PdfLayout} for fonts and margins). An official edits the DOCX before signing.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReportAnalysis analysis;
    private final ReportDesign design;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ReportCollection collection;
    private final Clock clock;

    ConsolidatedReport(ReportAnalysis analysis, ReportDesign design, OrgStructure org, JdbcClient jdbc,
            MessageSource messages, ReportCollection collection, Clock clock) {
        this.analysis = analysis;
        this.collection = collection;
        this.design = design;
        this.org = org;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** One passage of a unit's report under a section. */
    public record Passage(String sectionCode, String unitName, String text) {
    }

    /** The narrative passages of the submitted reports, section by section, in tree order. */
    public List<Passage> passages(Actor actor, UUID scheduleId, String periodKey) {
        ReportSchedule schedule = analysis.readable(actor, scheduleId);
        String key = schedule.period(periodKey).key();
        return jdbc.sql("""
                select n.section_code, u.name, n.body from report_narrative n
                join report_submission s on s.id = n.submission_id join org_unit u on u.id = s.unit_id
                where s.schedule_id = ? and s.period_key = ? and s.status in ('SUBMITTED', 'APPROVED')
                order by u.path""").params(scheduleId, key)
                .query((rs, n) -> new Passage(rs.getString("section_code"), rs.getString("name"), rs.getString("body"))).list();
    }

    /** The consolidated report as a Word document for an official to edit. */
    public byte[] docx(Actor actor, UUID scheduleId, String periodKey) {
        return write(new DocxLayout(), actor, scheduleId, periodKey);
    }

    /** The same report as PDF, to read or print as it stands. */
    public byte[] pdf(Actor actor, UUID scheduleId, String periodKey) {
        return write(new PdfLayout(), actor, scheduleId, periodKey);
    }

    private byte[] write(ReportLayout out, Actor actor, UUID scheduleId, String periodKey) {
        ReportSchedule schedule = analysis.readable(actor, scheduleId);
        ReportingPeriod period = schedule.period(periodKey);
        ReportTemplate template = design.template(schedule.templateId());
        RollUp rollUp = analysis.rollUp(actor, scheduleId, period.key(), null, null);
        Completeness completeness = analysis.completeness(actor, scheduleId, period.key());
        List<Passage> passages = passages(actor, scheduleId, period.key());
        UnitDetails issuer = org.details(Actor.system(), schedule.coordinatingUnitId());
        LocalDate today = LocalDate.now(clock);

        UnitSummary unit = issuer.unit();
        UnitSummary body = issuer.ancestors().isEmpty() ? null : issuer.ancestors().get(issuer.ancestors().size() - 1);
        out.header(body != null && !body.kind().isTerritory() ? body.name().toUpperCase(VIETNAMESE) : null,
                unit.name().toUpperCase(VIETNAMESE), msg("report.docx.number", unit.shortName() == null ? "" : unit.shortName()),
                msg("report.docx.nation"), msg("report.docx.motto"), msg("report.docx.place-date", placeName(issuer),
                        twoDigits(today.getDayOfMonth()), twoDigits(today.getMonthValue()), Integer.toString(today.getYear())));
        String periodLabel = msg(period.labelKey(), period.labelArgs());
        out.centered(msg("report.docx.type"), true);
        out.centered(msg("report.docx.title", schedule.name(), periodLabel), true);
        out.centered("________", false);

        int part = 1;
        out.heading(roman(part++) + ". " + msg("report.docx.figures"));
        out.table(figureHeaders(rollUp), figureRows(template, rollUp));
        if (!template.indicators().isEmpty()) {
            out.table(List.of(msg("report.docx.indicator"), msg("report.docx.formula"), msg("report.docx.value")),
                    template.indicators().stream().map(i -> List.of(i.name(), template.element(i.numerator()).name() + " / "
                            + template.element(i.denominator()).name(), number(rollUp.total().indicators().get(i.code())))).toList());
        }
        out.heading(roman(part++) + ". " + msg("report.docx.completeness"));
        out.body(msg("report.docx.completeness.text", completeness.submitted(), completeness.expected(),
                completeness.onTime(), completeness.late(), completeness.missing()));
        if (completeness.missing() > 0) {
            out.body(msg("report.docx.missing", String.join("; ", completeness.missingRows().stream().map(r -> r.unit().name()).toList())));
        }
        if (completeness.late() > 0) {
            out.body(msg("report.docx.late", String.join("; ", completeness.lateRows().stream().map(r -> r.unit().name()).toList())));
        }
        for (NarrativeSection section : template.sections()) {
            out.heading(roman(part++) + ". " + section.heading().toUpperCase(VIETNAMESE));
            List<Passage> under = passages.stream().filter(p -> p.sectionCode().equals(section.code())).toList();
            if (under.isEmpty()) {
                out.body(msg("report.docx.no-passage"));
            }
            under.forEach(p -> out.passage(p.unitName(), p.text()));
        }
        UnitDetails.LeaderEntry leader = issuer.leaders().stream().filter(l -> l.validTo() == null).findFirst().orElse(null);
        String position = leader == null || leader.position() == null ? msg("report.docx.head") : leader.position();
        out.signature(msg("report.docx.recipients"), List.of(msg("report.docx.recipient.above"), msg("report.docx.recipient.leaders"),
                msg("report.docx.recipient.archive", unit.shortName() == null ? "" : unit.shortName())),
                position.toUpperCase(VIETNAMESE), leader == null ? "" : leader.fullName());
        return out.finish();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The province the issuer belongs to, without "Tỉnh"/"Thành phố", as the place name of the document. */
    private static String placeName(UnitDetails issuer) {
        for (UnitSummary ancestor : issuer.ancestors()) {
            if (ancestor.kind() == UnitKind.PROVINCE) {
                return ancestor.name().replaceFirst("^(Tỉnh|Thành phố) ", "");
            }
        }
        return "";
    }

    private List<String> figureHeaders(RollUp rollUp) {
        List<String> headers = new ArrayList<>(List.of(msg("report.docx.no"), msg("report.xlsx.element"),
                msg("report.xlsx.measure"), msg("report.docx.total")));
        rollUp.lines().forEach(l -> headers.add(l.name()));
        return headers;
    }

    private static List<List<String>> figureRows(ReportTemplate template, RollUp rollUp) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (DataElement element : template.elements()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(n++), element.name(), element.measure(),
                    number(rollUp.total().figures().get(element.code()))));
            rollUp.lines().forEach(l -> row.add(number(l.figures().get(element.code()))));
            rows.add(row);
        }
        return rows;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : FigureText.format(value);
    }

    private static String roman(int n) {
        String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
        return n <= numerals.length ? numerals[n - 1] : Integer.toString(n);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /**
     * Carries the consolidation up the chain: the coordinating unit (or the body it serves) gets its own report for
     * the same period of a schedule above, drafted from the rolled-up figures and the compiled passages, for its
     * leader to check and submit.
     */
    @Transactional
    public UUID forwardUpward(Actor actor, UUID scheduleId, String periodKey, UUID upperScheduleId) {
        ReportSchedule schedule = analysis.readable(actor, scheduleId);
        UnitSummary coordinator = design.unit(schedule.coordinatingUnitId());
        actor.require(coordinator.path(), vn.danvan.shared.Role.COORDINATING_OFFICE);
        ReportingPeriod period = schedule.period(periodKey);
        ReportSchedule upper = design.schedule(upperScheduleId);
        ReportingPeriod upperPeriod = upper.period(period.key());
        Actor system = Actor.system();
        UUID reporter = null;
        for (UUID candidate : java.util.Arrays.asList(coordinator.id(), coordinator.parentId())) {
            if (candidate != null && analysis.isExpected(upper, upperPeriod, candidate)) {
                reporter = candidate;
                break;
            }
        }
        if (reporter == null) {
            throw new vn.danvan.shared.RuleViolated("report.consolidated.not-expected-upward");
        }
        UUID id = collection.open(system, upper.id(), upperPeriod.key(), reporter);
        ReportTemplate upperTemplate = design.template(upper.templateId());
        RollUp rollUp = analysis.rollUp(actor, scheduleId, period.key(), null, null);
        Map<String, String> entries = new LinkedHashMap<>();
        upperTemplate.elements().forEach(e -> {
            BigDecimal value = rollUp.total().figures().get(e.code());
            if (value != null) {
                entries.put(e.code(), FigureText.format(value));
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        List<Passage> passages = passages(actor, scheduleId, period.key());
        for (NarrativeSection section : upperTemplate.sections()) {
            StringBuilder text = new StringBuilder();
            passages.stream().filter(p -> p.sectionCode().equals(section.code()))
                    .forEach(p -> text.append("- ").append(p.unitName()).append(": ").append(p.text()).append('\n'));
            texts.put(section.code(), text.length() > ReportSubmission.MAX_TEXT ? text.substring(0, ReportSubmission.MAX_TEXT) : text.toString());
        }
        SubmissionView view = collection.view(system, id);
        if (view.submission().status().isEditable()) {
            collection.save(system, id, view.submission().version(), entries, texts);
        }
        return id;
    }
}
