package vn.danvan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
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
 * The coordinating office's consolidated report for a period as a Word document laid out per Nghị định 30/2020/NĐ-CP
 * (Phụ lục I): issuer with its governing body and the national motto side by side, number and symbol, place and date,
 * type name and title, the body — rolled-up figures, indicators, who reported, and the narrative sections compiled
 * from the units' reports with each passage attributed to its unit — then "Nơi nhận" and the signing block. Times New
 * Roman 14 (13 in tables), A4, margins 20/20/30/15 mm. An official edits it before signing.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReport {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String FONT = "Times New Roman";
    private static final int MM = 57; // twentieths of a point per millimetre, near enough for margins

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

    public byte[] docx(Actor actor, UUID scheduleId, String periodKey) {
        ReportSchedule schedule = analysis.readable(actor, scheduleId);
        ReportingPeriod period = schedule.period(periodKey);
        ReportTemplate template = design.template(schedule.templateId());
        RollUp rollUp = analysis.rollUp(actor, scheduleId, period.key(), null, null);
        Completeness completeness = analysis.completeness(actor, scheduleId, period.key());
        List<Passage> passages = passages(actor, scheduleId, period.key());
        UnitDetails issuer = org.details(Actor.system(), schedule.coordinatingUnitId());
        LocalDate today = LocalDate.now(clock);

        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            header(doc, issuer, today);
            String periodLabel = msg(period.labelKey(), period.labelArgs());
            paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, msg("report.docx.type")).setSpacingBefore(240);
            paragraph(doc, ParagraphAlignment.CENTER, 14, true, false, msg("report.docx.title", schedule.name(), periodLabel));
            paragraph(doc, ParagraphAlignment.CENTER, 14, false, false, "________").setSpacingAfter(240);

            int part = 1;
            heading(doc, roman(part++) + ". " + msg("report.docx.figures"));
            figuresTable(doc, template, rollUp);
            if (!template.indicators().isEmpty()) {
                indicatorsTable(doc, template, rollUp);
            }
            heading(doc, roman(part++) + ". " + msg("report.docx.completeness"));
            body(doc, msg("report.docx.completeness.text", completeness.submitted(), completeness.expected(),
                    completeness.onTime(), completeness.late(), completeness.missing()));
            if (completeness.missing() > 0) {
                body(doc, msg("report.docx.missing", String.join("; ", completeness.missingRows().stream()
                        .map(r -> r.unit().name()).toList())));
            }
            if (completeness.late() > 0) {
                body(doc, msg("report.docx.late", String.join("; ", completeness.lateRows().stream()
                        .map(r -> r.unit().name()).toList())));
            }
            for (NarrativeSection section : template.sections()) {
                heading(doc, roman(part++) + ". " + section.heading().toUpperCase(VIETNAMESE));
                List<Passage> under = passages.stream().filter(p -> p.sectionCode().equals(section.code())).toList();
                if (under.isEmpty()) {
                    body(doc, msg("report.docx.no-passage"));
                }
                for (Passage passage : under) {
                    XWPFParagraph p = justified(doc);
                    run(p, 14, true, false, "- " + passage.unitName() + ": ");
                    run(p, 14, false, false, passage.text());
                }
            }
            signature(doc, issuer);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20L * MM));
        margins.setBottom(BigInteger.valueOf(20L * MM));
        margins.setLeft(BigInteger.valueOf(30L * MM));
        margins.setRight(BigInteger.valueOf(15L * MM));
    }

    private void header(XWPFDocument doc, UnitDetails issuer, LocalDate today) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("40%");
        right.setWidth("60%");
        UnitSummary unit = issuer.unit();
        UnitSummary body = issuer.ancestors().isEmpty() ? null : issuer.ancestors().get(issuer.ancestors().size() - 1);
        XWPFParagraph first = left.getParagraphs().get(0);
        first.setAlignment(ParagraphAlignment.CENTER);
        if (body != null && !body.kind().isTerritory()) {
            run(first, 13, false, false, body.name().toUpperCase(VIETNAMESE));
            first = left.addParagraph();
            first.setAlignment(ParagraphAlignment.CENTER);
        }
        run(first, 13, true, false, unit.name().toUpperCase(VIETNAMESE));
        XWPFParagraph number = left.addParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        run(number, 13, false, false, msg("report.docx.number", unit.shortName() == null ? "" : unit.shortName()));

        XWPFParagraph motto = right.getParagraphs().get(0);
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, 13, true, false, msg("report.docx.nation"));
        XWPFParagraph motto2 = right.addParagraph();
        motto2.setAlignment(ParagraphAlignment.CENTER);
        run(motto2, 14, true, false, msg("report.docx.motto"));
        XWPFParagraph place = right.addParagraph();
        place.setAlignment(ParagraphAlignment.CENTER);
        run(place, 14, false, true, msg("report.docx.place-date", placeName(issuer), twoDigits(today.getDayOfMonth()),
                twoDigits(today.getMonthValue()), Integer.toString(today.getYear())));
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

    private void figuresTable(XWPFDocument doc, ReportTemplate template, RollUp rollUp) {
        List<RollUp.Line> lines = rollUp.lines();
        XWPFTable table = doc.createTable(1, 4 + lines.size());
        table.setWidth("100%");
        List<String> headers = new ArrayList<>(List.of(msg("report.docx.no"), msg("report.xlsx.element"),
                msg("report.xlsx.measure"), msg("report.docx.total")));
        lines.forEach(l -> headers.add(l.name()));
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0).getCell(c), headers.get(c), true);
        }
        int n = 1;
        for (DataElement element : template.elements()) {
            var row = table.createRow();
            cell(row.getCell(0), Integer.toString(n++), false);
            cell(row.getCell(1), element.name(), false);
            cell(row.getCell(2), element.measure(), false);
            cell(row.getCell(3), number(rollUp.total().figures().get(element.code())), false);
            for (int i = 0; i < lines.size(); i++) {
                cell(row.getCell(4 + i), number(lines.get(i).figures().get(element.code())), false);
            }
        }
        doc.createParagraph();
    }

    private void indicatorsTable(XWPFDocument doc, ReportTemplate template, RollUp rollUp) {
        XWPFTable table = doc.createTable(1, 3);
        table.setWidth("100%");
        cell(table.getRow(0).getCell(0), msg("report.docx.indicator"), true);
        cell(table.getRow(0).getCell(1), msg("report.docx.formula"), true);
        cell(table.getRow(0).getCell(2), msg("report.docx.value"), true);
        for (Indicator indicator : template.indicators()) {
            var row = table.createRow();
            cell(row.getCell(0), indicator.name(), false);
            cell(row.getCell(1), template.element(indicator.numerator()).name() + " / "
                    + template.element(indicator.denominator()).name(), false);
            cell(row.getCell(2), number(rollUp.total().indicators().get(indicator.code())), false);
        }
        doc.createParagraph();
    }

    private void signature(XWPFDocument doc, UnitDetails issuer) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph recipients = left.getParagraphs().get(0);
        run(recipients, 12, true, true, msg("report.docx.recipients"));
        for (String line : List.of(msg("report.docx.recipient.above"), msg("report.docx.recipient.leaders"),
                msg("report.docx.recipient.archive", issuer.unit().shortName() == null ? "" : issuer.unit().shortName()))) {
            run(left.addParagraph(), 11, false, false, line);
        }
        UnitDetails.LeaderEntry leader = issuer.leaders().stream().filter(l -> l.validTo() == null).findFirst().orElse(null);
        String position = leader == null || leader.position() == null ? msg("report.docx.head") : leader.position();
        XWPFParagraph title = right.getParagraphs().get(0);
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, 14, true, false, position.toUpperCase(VIETNAMESE));
        XWPFParagraph sign = right.addParagraph();
        sign.setAlignment(ParagraphAlignment.CENTER);
        sign.setSpacingBefore(1400);
        run(sign, 14, true, false, leader == null ? "" : leader.fullName());
    }

    private void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = justified(doc);
        p.setSpacingBefore(120);
        run(p, 14, true, false, text);
    }

    private void body(XWPFDocument doc, String text) {
        run(justified(doc), 14, false, false, text);
    }

    private static XWPFParagraph justified(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(567);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold,
            boolean italic, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, size, bold, italic, text);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        run(cell.getParagraphs().get(0), 13, bold, false, text);
    }

    private static void run(XWPFParagraph p, int size, boolean bold, boolean italic, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text == null ? "" : text);
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
