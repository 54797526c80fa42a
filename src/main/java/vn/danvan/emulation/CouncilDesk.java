package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.AccountView;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

/**
 * The evaluation council of a movement: appointing members from several units, scoring nominated models per criterion
 * (never a model of one's own unit or its subtree), the summary the council sees once all have scored, and recognition.
 */
@Service
@Transactional
public class CouncilDesk {

    private final MovementDesk desk;
    private final Movements movements;
    private final EmulationModels models;
    private final AccountAdministration accounts;
    private final OrgStructure org;
    private final JdbcClient jdbc;

    CouncilDesk(MovementDesk desk, Movements movements, EmulationModels models, AccountAdministration accounts,
            OrgStructure org, JdbcClient jdbc) {
        this.desk = desk;
        this.movements = movements;
        this.models = models;
        this.accounts = accounts;
        this.org = org;
        this.jdbc = jdbc;
    }

    /** Appoints to the council an account that holds the council role; the member sits for that role's unit. */
    public UUID appoint(Actor actor, UUID movementId, String username) {
        Movement movement = organised(actor, movementId);
        String wanted = username == null ? "" : username.strip();
        AccountView account = accounts.list(Actor.system(), wanted, Paging.of(0, 50)).items().stream()
                .filter(a -> a.username().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.field("username", "emulation.council.no-such-account"));
        AccountView.Grant grant = account.roles().stream().filter(g -> g.role() == Role.EMULATION_COUNCIL).findFirst()
                .orElseThrow(() -> new RuleViolated("emulation.council.not-council-role"));
        if (members(movementId).stream().anyMatch(m -> m.accountId().equals(account.id()))) {
            throw new Conflict("emulation.council.already-member");
        }
        UnitSummary unit = org.find(grant.unitId()).orElseThrow();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into emulation_council_member (id, movement_id, account_id, display_name, unit_id, unit_path, unit_name) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(id, movement.id(), account.id(), account.displayName(), unit.id(),
                        unit.path(), unit.name()).update();
        desk.changed(actor, "emulation-council", movement.id(), movement.unitId(), "council-member-appointed", List.of("member"));
        return id;
    }

    /** Removes a member who has not scored yet. */
    public void dismiss(Actor actor, UUID movementId, UUID memberId) {
        Movement movement = organised(actor, movementId);
        if (jdbc.sql("select count(*) from emulation_score where member_id = ?").param(memberId).query(Long.class).single() > 0) {
            throw new RuleViolated("emulation.council.member-has-scored");
        }
        jdbc.sql("delete from emulation_council_member where id = ? and movement_id = ?").params(memberId, movementId).update();
        desk.changed(actor, "emulation-council", movement.id(), movement.unitId(), "council-member-dismissed", List.of("member"));
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> members(UUID movementId) {
        return jdbc.sql("select * from emulation_council_member where movement_id = ? order by unit_name, display_name")
                .param(movementId).query((rs, n) -> new CouncilMember(rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class), rs.getString("display_name"), rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"))).list();
    }

    /** The criteria a model is scored by: its movement's province and year. */
    @Transactional(readOnly = true)
    public CriteriaSet criteriaFor(UUID movementId) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        return desk.criteria(movement.provinceId(), movement.year())
                .orElseThrow(() -> new RuleViolated("emulation.criteria.missing", movement.year()));
    }

    /** A member's scores for a nominated model, one per criterion, replacing what they scored before. */
    public void score(Actor actor, UUID modelId, List<Score> scores) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        CouncilMember member = members(model.movementId()).stream()
                .filter(m -> actor.accountId() != null && m.accountId().equals(actor.accountId())).findFirst()
                .orElseThrow(() -> new RuleViolated("emulation.score.not-member"));
        if (model.status() != ModelStatus.NOMINATED) {
            throw new RuleViolated("emulation.score.not-nominated");
        }
        if (isOwnUnit(member, model)) {
            throw new RuleViolated("emulation.score.own-unit", member.unitName());
        }
        CriteriaSet criteria = criteriaFor(model.movementId());
        Map<UUID, Score> given = new HashMap<>();
        for (Score s : scores == null ? List.<Score>of() : scores) {
            if (s != null && s.criterionId() != null) {
                given.put(s.criterionId(), s);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> known = new HashSet<>();
        for (CriteriaSet.Criterion c : criteria.criteria()) {
            known.add(c.id());
            Score s = given.get(c.id());
            if (s == null || s.score() == null) {
                problems.add(new FieldProblem("score-" + c.id(), "emulation.score.missing", c.name()));
            } else if (!c.accepts(s.score())) {
                problems.add(new FieldProblem("score-" + c.id(), "emulation.score.out-of-range", c.name(),
                        c.minScore().stripTrailingZeros().toPlainString(), c.maxScore().stripTrailingZeros().toPlainString()));
            } else if (s.comment() != null && s.comment().length() > 2000) {
                problems.add(new FieldProblem("comment-" + c.id(), "emulation.text-too-long", 2000));
            }
        }
        if (!known.containsAll(given.keySet())) {
            problems.add(new FieldProblem("scores", "emulation.score.unknown-criterion"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        jdbc.sql("delete from emulation_score where member_id = ? and model_id = ?").params(member.id(), model.id()).update();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now(desk.clock()));
        for (CriteriaSet.Criterion c : criteria.criteria()) {
            Score s = given.get(c.id());
            String comment = s.comment() == null || s.comment().isBlank() ? null : s.comment().strip();
            jdbc.sql("insert into emulation_score (member_id, model_id, criterion_id, score, comment, scored_at) values (?, ?, ?, ?, ?, ?)")
                    .params(member.id(), model.id(), c.id(), s.score(), comment, now).update();
        }
        desk.changed(actor, "emulation-model", model.id(), model.unitId(), "model-scored", List.of("scores"));
    }

    /**
     * The unit of the actor's council seat when it is the model's own unit or above it, so the actor may not score the
     * model; empty when the actor may score it or is no member.
     */
    @Transactional(readOnly = true)
    public Optional<String> ownUnitBarringScore(Actor actor, UUID modelId) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        return members(model.movementId()).stream()
                .filter(m -> actor.accountId() != null && m.accountId().equals(actor.accountId()))
                .filter(m -> isOwnUnit(m, model)).map(CouncilMember::unitName).findFirst();
    }

    private boolean isOwnUnit(CouncilMember member, EmulationModel model) {
        return desk.path(model.unitId()).startsWith(desk.path(member.unitId()));
    }

    /** The actor's own scores of a model, by criterion (to fill the scoring form again). */
    @Transactional(readOnly = true)
    public Map<UUID, Score> ownScores(Actor actor, UUID modelId) {
        Map<UUID, Score> scores = new LinkedHashMap<>();
        jdbc.sql("""
                select s.criterion_id, s.score, s.comment from emulation_score s join emulation_council_member m on m.id = s.member_id
                where s.model_id = ? and m.account_id = ?""").params(modelId, actor.accountId())
                .query((rs, n) -> scores.put(rs.getObject(1, UUID.class), new Score(rs.getObject(1, UUID.class),
                        rs.getBigDecimal(2), rs.getString(3)))).list();
        return scores;
    }

    /** The council's scoring of a movement, for its members and organisers only. */
    @Transactional(readOnly = true)
    public CouncilSummary summary(Actor actor, UUID movementId) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        if (!actor.may(desk.path(movement.unitId()), MovementDesk.ORGANISERS) && !desk.isCouncilMember(actor, movementId)) {
            throw new AccessDenied();
        }
        return summary(movement);
    }

    CouncilSummary summary(Movement movement) {
        CriteriaSet criteria = desk.criteria(movement.provinceId(), movement.year()).orElse(null);
        List<CouncilMember> members = members(movement.id());
        record Nominee(UUID id, String name, UUID unitId, String unitName, ModelStatus status) {
        }
        List<Nominee> nominees = jdbc.sql("""
                select id, name, unit_id, unit_name, status from emulation_model where movement_id = ?
                and status in ('NOMINATED', 'RECOGNISED', 'NOT_RECOGNISED') order by name""").param(movement.id())
                .query((rs, n) -> new Nominee(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), ModelStatus.valueOf(rs.getString(5)))).list();
        Set<UUID> unitIds = new HashSet<>();
        members.forEach(m -> unitIds.add(m.unitId()));
        nominees.forEach(m -> unitIds.add(m.unitId()));
        Map<UUID, String> paths = org.pathsOf(unitIds);
        int criteriaCount = criteria == null ? 0 : criteria.criteria().size();
        Map<UUID, Map<UUID, BigDecimal>> totals = new HashMap<>();
        jdbc.sql("""
                select s.model_id, s.member_id, sum(s.score * c.weight) as total, count(*) as scored from emulation_score s
                join emulation_criterion c on c.id = s.criterion_id join emulation_model e on e.id = s.model_id
                join emulation_council_member m on m.id = s.member_id
                where e.movement_id = ? and m.movement_id = ? group by s.model_id, s.member_id""")
                .params(movement.id(), movement.id()).query((rs, n) -> {
                    if (rs.getInt("scored") == criteriaCount) {
                        totals.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                                .put(rs.getObject(2, UUID.class), rs.getBigDecimal("total"));
                    }
                    return null;
                }).list();
        List<CouncilSummary.Result> results = new ArrayList<>();
        for (Nominee nominee : nominees) {
            String modelPath = paths.getOrDefault(nominee.unitId(), "");
            List<CouncilMember> eligible = new ArrayList<>();
            List<String> excluded = new ArrayList<>();
            for (CouncilMember m : members) {
                if (modelPath.startsWith(paths.getOrDefault(m.unitId(), "\u0000"))) {
                    excluded.add(m.displayName());
                } else {
                    eligible.add(m);
                }
            }
            Map<UUID, BigDecimal> byMember = totals.getOrDefault(nominee.id(), Map.of());
            List<BigDecimal> given = eligible.stream().map(m -> byMember.get(m.id())).filter(java.util.Objects::nonNull).toList();
            boolean complete = !eligible.isEmpty() && given.size() == eligible.size() && criteria != null;
            BigDecimal result = complete ? criteria.rule().combine(given) : null;
            BigDecimal spread = complete ? given.stream().max(BigDecimal::compareTo).orElseThrow()
                    .subtract(given.stream().min(BigDecimal::compareTo).orElseThrow()) : null;
            results.add(new CouncilSummary.Result(nominee.id(), nominee.name(), nominee.unitName(), nominee.status(),
                    eligible.size(), given.size(), result, complete ? criteria.band(result) : null, spread,
                    complete && spread.compareTo(criteria.disagreementLimit()) > 0, false, excluded));
        }
        Map<BigDecimal, Long> sameResult = new HashMap<>();
        results.stream().filter(r -> r.result() != null).forEach(r -> sameResult.merge(r.result().stripTrailingZeros(), 1L, Long::sum));
        List<CouncilSummary.Result> flagged = results.stream().map(r -> r.result() == null || sameResult.get(r.result().stripTrailingZeros()) < 2 ? r
                : new CouncilSummary.Result(r.modelId(), r.name(), r.unitName(), r.status(), r.eligible(), r.scored(), r.result(),
                        r.band(), r.spread(), r.disagreement(), true, r.excludedMembers())).toList();
        return new CouncilSummary(movement.id(), criteria, members, flagged);
    }

    /** Recognises a nominated model once every eligible member has scored it, recording the commendation. */
    public void recognise(Actor actor, UUID modelId, Recognition recognition) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        Movement movement = organised(actor, model.movementId());
        if (model.status() != ModelStatus.NOMINATED) {
            throw new RuleViolated("emulation.score.not-nominated");
        }
        Level level = recognition.level() == null || recognition.level().isBlank() ? movement.level()
                : Arrays.stream(Level.values()).filter(l -> l.name().equals(recognition.level())).findFirst()
                        .orElseThrow(() -> InvalidInput.field("level", "emulation.movement.level-unknown"));
        if (level.compareTo(movement.level()) > 0) {
            throw InvalidInput.field("level", "emulation.recognise.level-above-movement");
        }
        AwardForm form = Arrays.stream(AwardForm.values()).filter(f -> f.name().equals(recognition.form())).findFirst()
                .orElseThrow(() -> InvalidInput.field("form", "emulation.recognise.form-unknown"));
        String decision = EmulationModel.required("decision", recognition.decision(), 200);
        if (recognition.decidedOn() == null) {
            throw InvalidInput.field("decidedOn", "emulation.recognise.date-required");
        }
        if (recognition.decidedOn().isAfter(desk.today())) {
            throw InvalidInput.field("decidedOn", "emulation.recognise.date-in-future");
        }
        CouncilSummary.Result result = summary(movement).results().stream().filter(r -> r.modelId().equals(model.id()))
                .findFirst().orElseThrow();
        if (!result.isComplete()) {
            throw new RuleViolated("emulation.recognise.scores-missing", result.scored(), result.eligible());
        }
        model.recognise(level);
        models.save(model);
        jdbc.sql("insert into emulation_recognition (id, model_id, movement_id, level, form, band, total, decision, decided_on, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), model.id(), movement.id(), level.name(),
                        form.name(), result.band(), result.result(), decision, recognition.decidedOn(), actor.username()).update();
        desk.changed(actor, "emulation-model", model.id(), model.unitId(), "model-recognised", List.of("status", "level", "recognition"));
    }

    /** Closes a nominated model's evaluation without recognition. */
    public void decline(Actor actor, UUID modelId) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        organised(actor, model.movementId());
        model.reject();
        models.save(model);
        desk.changed(actor, "emulation-model", model.id(), model.unitId(), "model-not-recognised", List.of("status"));
    }

    private Movement organised(Actor actor, UUID movementId) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        actor.require(desk.path(movement.unitId()), MovementDesk.ORGANISERS);
        return movement;
    }

    LocalDate today() {
        return desk.today();
    }
}
