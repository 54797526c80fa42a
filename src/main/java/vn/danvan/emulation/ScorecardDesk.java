package vn.danvan.emulation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

/**
 * The yearly "dân vận chính quyền" scorecard: the grading unit's template, each agency's self-assessment with evidence,
 * the grader's adjustments with reasons, classification by bands, the ranking of agencies and their history over years.
 */
@Service
@Transactional
public class ScorecardDesk {

    static final Role[] GRADERS = { Role.COORDINATING_OFFICE, Role.LEADER, Role.UNIT_ADMIN };

    private final JdbcClient jdbc;
    private final OrgStructure org;
    private final MovementDesk desk;

    ScorecardDesk(JdbcClient jdbc, OrgStructure org, MovementDesk desk) {
        this.jdbc = jdbc;
        this.org = org;
        this.desk = desk;
    }

    /** An agency's points for one criterion and its evidence. */
    public record SelfScore(UUID itemId, BigDecimal score, String evidence) {
    }

    /** The grader's points for one criterion and, when they differ from the agency's, the reason. */
    public record Adjustment(UUID itemId, BigDecimal score, String reason) {
    }

    public UUID defineTemplate(Actor actor, NewScorecardTemplate request) {
        if (request.gradingUnitId() == null) {
            throw InvalidInput.field("gradingUnitId", "emulation.unit-required");
        }
        UnitSummary grader = org.find(request.gradingUnitId())
                .orElseThrow(() -> InvalidInput.field("gradingUnitId", "emulation.unit-required"));
        actor.require(grader.path(), GRADERS);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            problems.add(new FieldProblem("year", "emulation.movement.year-invalid"));
        }
        if (request.items().isEmpty()) {
            problems.add(new FieldProblem("items", "emulation.criteria.none"));
        }
        for (NewScorecardTemplate.NewItem item : request.items()) {
            if (item.name() == null || item.name().isBlank() || item.maxPoints() == null || item.maxPoints().signum() <= 0) {
                problems.add(new FieldProblem("items", "emulation.scorecard.item-invalid", item.name() == null ? "" : item.name()));
            }
        }
        for (CriteriaSet.Band b : request.bands()) {
            if (b.label() == null || b.label().isBlank() || b.minTotal() == null) {
                problems.add(new FieldProblem("bands", "emulation.criteria.band-invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String name = EmulationModel.required("name", request.name(), 500);
        if (jdbc.sql("select count(*) from emulation_scorecard_template where grading_unit_id = ? and year = ?")
                .params(grader.id(), request.year()).query(Long.class).single() > 0) {
            throw new Conflict("emulation.scorecard.template-exists", request.year());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into emulation_scorecard_template (id, grading_unit_id, year, name, created_at) values (?, ?, ?, ?, ?)")
                .params(id, grader.id(), request.year(), name, java.sql.Timestamp.from(Instant.now(desk.clock()))).update();
        int position = 0;
        for (NewScorecardTemplate.NewItem item : request.items()) {
            jdbc.sql("insert into emulation_scorecard_item (id, template_id, position, name, max_points, evidence_required) "
                    + "values (?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), id, position++,
                            EmulationModel.required("items", item.name(), 500), item.maxPoints(), item.evidenceRequired()).update();
        }
        for (CriteriaSet.Band b : request.bands()) {
            jdbc.sql("insert into emulation_scorecard_band (template_id, min_total, label) values (?, ?, ?)")
                    .params(id, b.minTotal(), EmulationModel.required("bands", b.label(), 100)).update();
        }
        desk.changed(actor, "emulation-scorecard", id, grader.id(), "scorecard-template-defined", List.of("items", "bands"));
        return id;
    }

    @Transactional(readOnly = true)
    public List<ScorecardTemplate> templates() {
        return jdbc.sql("select id from emulation_scorecard_template order by year desc, name").query(UUID.class).list()
                .stream().map(this::template).toList();
    }

    @Transactional(readOnly = true)
    public ScorecardTemplate template(UUID id) {
        List<ScorecardTemplate.Item> items = jdbc.sql("select * from emulation_scorecard_item where template_id = ? order by position")
                .param(id).query((rs, n) -> new ScorecardTemplate.Item(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getBigDecimal("max_points"), rs.getBoolean("evidence_required"))).list();
        List<CriteriaSet.Band> bands = jdbc.sql("select min_total, label from emulation_scorecard_band where template_id = ?").param(id)
                .query((rs, n) -> new CriteriaSet.Band(rs.getBigDecimal(1), rs.getString(2))).list();
        return jdbc.sql("select * from emulation_scorecard_template where id = ?").param(id)
                .query((rs, n) -> {
                    UUID grader = rs.getObject("grading_unit_id", UUID.class);
                    return new ScorecardTemplate(id, grader, org.find(grader).map(UnitSummary::name).orElse(""), rs.getInt("year"),
                            rs.getString("name"), items, bands);
                }).optional().orElseThrow(ScorecardNotFound::new);
    }

    /** Saves an agency's self-assessment (a draft until submitted), opening its scorecard the first time. */
    public UUID assess(Actor actor, UUID templateId, UUID unitId, List<SelfScore> scores, Long version) {
        ScorecardTemplate template = template(templateId);
        if (unitId == null) {
            throw InvalidInput.field("unitId", "emulation.unit-required");
        }
        UnitSummary unit = org.find(unitId).orElseThrow(() -> InvalidInput.field("unitId", "emulation.unit-required"));
        actor.require(unit.path(), MovementDesk.UNIT_STAFF);
        Map<UUID, SelfScore> given = new HashMap<>();
        (scores == null ? List.<SelfScore>of() : scores).stream().filter(s -> s != null && s.itemId() != null)
                .forEach(s -> given.put(s.itemId(), s));
        List<FieldProblem> problems = new ArrayList<>();
        for (ScorecardTemplate.Item item : template.items()) {
            SelfScore s = given.get(item.id());
            if (s != null && s.score() != null && !item.accepts(s.score())) {
                problems.add(new FieldProblem("score-" + item.id(), "emulation.scorecard.out-of-range", item.name(),
                        item.maxPoints().stripTrailingZeros().toPlainString()));
            }
            if (s != null && s.evidence() != null && s.evidence().length() > 2000) {
                problems.add(new FieldProblem("evidence-" + item.id(), "emulation.text-too-long", 2000));
            }
        }
        if (given.keySet().stream().anyMatch(id -> template.items().stream().noneMatch(i -> i.id().equals(id)))) {
            problems.add(new FieldProblem("scores", "emulation.score.unknown-criterion"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        UUID id = jdbc.sql("select id from emulation_scorecard where template_id = ? and unit_id = ?").params(templateId, unitId)
                .query(UUID.class).optional().orElse(null);
        if (id == null) {
            id = UUID.randomUUID();
            jdbc.sql("insert into emulation_scorecard (id, template_id, unit_id, unit_name, status, version) values (?, ?, ?, ?, 'DRAFT', 0)")
                    .params(id, templateId, unitId, unit.name()).update();
        } else {
            ScorecardView current = view(id);
            if (current.status() != ScorecardStatus.DRAFT) {
                throw new RuleViolated("emulation.scorecard.already-submitted");
            }
            bump(id, version == null ? current.version() : version);
        }
        jdbc.sql("delete from emulation_scorecard_entry where scorecard_id = ?").param(id).update();
        for (ScorecardTemplate.Item item : template.items()) {
            SelfScore s = given.get(item.id());
            String evidence = s == null || s.evidence() == null || s.evidence().isBlank() ? null : s.evidence().strip();
            jdbc.sql("insert into emulation_scorecard_entry (scorecard_id, item_id, self_score, evidence) values (?, ?, ?, ?)")
                    .params(id, item.id(), s == null ? null : s.score(), evidence).update();
        }
        desk.changed(actor, "emulation-scorecard", id, unitId, "scorecard-assessed", List.of("selfScores", "evidence"));
        return id;
    }

    /** Sends the self-assessment to the grading unit: every criterion scored, evidence wherever it is required. */
    public void submit(Actor actor, UUID scorecardId) {
        ScorecardView card = view(scorecardId);
        actor.require(desk.path(card.unitId()), MovementDesk.UNIT_STAFF);
        if (card.status() != ScorecardStatus.DRAFT) {
            throw new RuleViolated("emulation.scorecard.already-submitted");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (ScorecardView.Entry e : card.entries()) {
            if (e.selfScore() == null) {
                problems.add(new FieldProblem("score-" + e.item().id(), "emulation.score.missing", e.item().name()));
            } else if (e.item().evidenceRequired() && e.evidence() == null) {
                problems.add(new FieldProblem("evidence-" + e.item().id(), "emulation.scorecard.evidence-required", e.item().name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BigDecimal total = card.entries().stream().map(ScorecardView.Entry::selfScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("update emulation_scorecard set status = 'SUBMITTED', self_total = ?, submitted_on = ?, version = version + 1 where id = ?")
                .params(total, desk.today(), scorecardId).update();
        desk.changed(actor, "emulation-scorecard", scorecardId, card.unitId(), "scorecard-submitted", List.of("status"));
    }

    /** The grading unit sets the final points, giving a reason wherever it departs from the agency's own. */
    public void grade(Actor actor, UUID scorecardId, List<Adjustment> adjustments, Long version) {
        ScorecardView card = view(scorecardId);
        actor.require(desk.path(card.template().gradingUnitId()), GRADERS);
        if (card.status() == ScorecardStatus.DRAFT) {
            throw new RuleViolated("emulation.scorecard.not-submitted");
        }
        Map<UUID, Adjustment> given = new HashMap<>();
        (adjustments == null ? List.<Adjustment>of() : adjustments).stream().filter(a -> a != null && a.itemId() != null)
                .forEach(a -> given.put(a.itemId(), a));
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, BigDecimal> finals = new HashMap<>();
        Map<UUID, String> reasons = new HashMap<>();
        for (ScorecardView.Entry e : card.entries()) {
            Adjustment a = given.get(e.item().id());
            BigDecimal points = a == null || a.score() == null ? e.selfScore() : a.score();
            String reason = a == null || a.reason() == null || a.reason().isBlank() ? null : a.reason().strip();
            if (!e.item().accepts(points)) {
                problems.add(new FieldProblem("score-" + e.item().id(), "emulation.scorecard.out-of-range", e.item().name(),
                        e.item().maxPoints().stripTrailingZeros().toPlainString()));
            } else if (points.compareTo(e.selfScore()) != 0 && reason == null) {
                problems.add(new FieldProblem("reason-" + e.item().id(), "emulation.scorecard.reason-required", e.item().name()));
            } else if (reason != null && reason.length() > 2000) {
                problems.add(new FieldProblem("reason-" + e.item().id(), "emulation.text-too-long", 2000));
            }
            finals.put(e.item().id(), points);
            reasons.put(e.item().id(), reason);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        bump(scorecardId, version == null ? card.version() : version);
        for (ScorecardView.Entry e : card.entries()) {
            jdbc.sql("update emulation_scorecard_entry set final_score = ?, reason = ? where scorecard_id = ? and item_id = ?")
                    .params(finals.get(e.item().id()), reasons.get(e.item().id()), scorecardId, e.item().id()).update();
        }
        BigDecimal total = finals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        jdbc.sql("update emulation_scorecard set status = 'GRADED', final_total = ?, grade = ?, graded_on = ?, graded_by = ? where id = ?")
                .params(total, card.template().grade(total), desk.today(), actor.username(), scorecardId).update();
        desk.changed(actor, "emulation-scorecard", scorecardId, card.unitId(), "scorecard-graded", List.of("finalScores", "grade"));
    }

    private void bump(UUID id, long version) {
        if (jdbc.sql("update emulation_scorecard set version = version + 1 where id = ? and version = ?").params(id, version).update() == 0) {
            throw new ConcurrentChange();
        }
    }

    /** A scorecard, for the agency's people and the grading unit. */
    @Transactional(readOnly = true)
    public ScorecardView scorecard(Actor actor, UUID id) {
        ScorecardView card = view(id);
        if (!actor.sees(desk.path(card.unitId())) && !actor.may(desk.path(card.template().gradingUnitId()), GRADERS)) {
            throw new ScorecardNotFound();
        }
        return card;
    }

    /** An agency's scorecard for a template, if it has started one. */
    @Transactional(readOnly = true)
    public java.util.Optional<ScorecardView> scorecardOf(Actor actor, UUID templateId, UUID unitId) {
        return jdbc.sql("select id from emulation_scorecard where template_id = ? and unit_id = ?").params(templateId, unitId)
                .query(UUID.class).optional().map(id -> scorecard(actor, id));
    }

    /** Whether the actor grades scorecards of this template. */
    @Transactional(readOnly = true)
    public boolean grades(Actor actor, UUID templateId) {
        return actor.may(desk.path(template(templateId).gradingUnitId()), GRADERS);
    }

    ScorecardView view(UUID id) {
        record Row(UUID templateId, UUID unitId, String unitName, ScorecardStatus status, BigDecimal selfTotal,
                BigDecimal finalTotal, String grade, LocalDate submittedOn, LocalDate gradedOn, String gradedBy, long version) {
        }
        Row row = jdbc.sql("select * from emulation_scorecard where id = ?").param(id)
                .query((rs, n) -> new Row(rs.getObject("template_id", UUID.class), rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"), ScorecardStatus.valueOf(rs.getString("status")), rs.getBigDecimal("self_total"),
                        rs.getBigDecimal("final_total"), rs.getString("grade"), rs.getObject("submitted_on", LocalDate.class),
                        rs.getObject("graded_on", LocalDate.class), rs.getString("graded_by"), rs.getLong("version")))
                .optional().orElseThrow(ScorecardNotFound::new);
        ScorecardTemplate template = template(row.templateId());
        Map<UUID, ScorecardView.Entry> entries = new HashMap<>();
        jdbc.sql("select * from emulation_scorecard_entry where scorecard_id = ?").param(id).query((rs, n) -> {
            UUID itemId = rs.getObject("item_id", UUID.class);
            BigDecimal self = rs.getBigDecimal("self_score");
            String evidence = rs.getString("evidence");
            BigDecimal last = rs.getBigDecimal("final_score");
            String reason = rs.getString("reason");
            template.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                    .ifPresent(item -> entries.put(itemId, new ScorecardView.Entry(item, self, evidence, last, reason)));
            return null;
        }).list();
        List<ScorecardView.Entry> ordered = template.items().stream()
                .map(i -> entries.getOrDefault(i.id(), new ScorecardView.Entry(i, null, null, null, null))).toList();
        return new ScorecardView(id, template, row.unitId(), row.unitName(), row.status(), row.selfTotal(), row.finalTotal(),
                row.grade(), row.submittedOn(), row.gradedOn(), row.gradedBy(), ordered, row.version());
    }

    /** The agencies of a template ranked by their final totals (graded ones first), for the grading unit. */
    @Transactional(readOnly = true)
    public List<ScorecardView.Standing> ranking(Actor actor, UUID templateId) {
        ScorecardTemplate template = template(templateId);
        boolean grader = actor.may(desk.path(template.gradingUnitId()), GRADERS);
        List<ScorecardView.Standing> rows = jdbc.sql("""
                select s.*, t.year, t.name as template_name from emulation_scorecard s join emulation_scorecard_template t
                on t.id = s.template_id where s.template_id = ?
                order by case when s.status = 'GRADED' then 0 else 1 end, s.final_total desc, s.self_total desc, s.unit_name""")
                .param(templateId).query(ScorecardDesk::standing).list();
        List<ScorecardView.Standing> ranked = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        int position = 0;
        for (ScorecardView.Standing s : rows) {
            if (!grader && !actor.sees(desk.path(s.unitId()))) {
                continue;
            }
            position++;
            Integer shown = null;
            if (s.status() == ScorecardStatus.GRADED) {
                if (previous == null || s.finalTotal().compareTo(previous) != 0) {
                    rank = position;
                }
                previous = s.finalTotal();
                shown = rank;
            }
            ranked.add(new ScorecardView.Standing(s.scorecardId(), s.unitId(), s.unitName(), s.year(), s.templateName(),
                    s.status(), s.selfTotal(), s.finalTotal(), s.grade(), shown));
        }
        return ranked;
    }

    /** An agency's scorecards over the years, newest first. */
    @Transactional(readOnly = true)
    public List<ScorecardView.Standing> history(Actor actor, UUID unitId) {
        UnitSummary unit = org.find(unitId).orElseThrow(ScorecardNotFound::new);
        boolean visible = actor.sees(unit.path());
        return jdbc.sql("""
                select s.*, t.year, t.name as template_name, t.grading_unit_id from emulation_scorecard s
                join emulation_scorecard_template t on t.id = s.template_id where s.unit_id = ? order by t.year desc""")
                .param(unitId).query((rs, n) -> visible || actor.may(desk.path(rs.getObject("grading_unit_id", UUID.class)), GRADERS)
                        ? standing(rs, n) : null).list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Whether the actor may fill in a scorecard for the unit. */
    public boolean assesses(Actor actor, UUID unitId) {
        return actor.may(desk.path(unitId), MovementDesk.UNIT_STAFF);
    }

    private static ScorecardView.Standing standing(ResultSet rs, int n) throws SQLException {
        return new ScorecardView.Standing(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"), rs.getInt("year"), rs.getString("template_name"),
                ScorecardStatus.valueOf(rs.getString("status")), rs.getBigDecimal("self_total"), rs.getBigDecimal("final_total"),
                rs.getString("grade"), null);
    }

}
