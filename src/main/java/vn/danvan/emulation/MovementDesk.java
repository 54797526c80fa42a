package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitNotFound;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.Scope;

/**
 * The front door of "Dân vận khéo": launching movements, defining criteria, registering models and exemplars with their
 * evidence, moving them through implementation and nomination, replication by other units, and publication.
 */
@Service
@Transactional
public class MovementDesk {

    static final Role[] ORGANISERS = { Role.LEADER, Role.UNIT_ADMIN, Role.EMULATION_COUNCIL };
    static final Role[] UNIT_STAFF = { Role.SPECIALIST, Role.LEADER, Role.UNIT_ADMIN };
    static final Role[] UNIT_HEADS = { Role.LEADER, Role.UNIT_ADMIN };

    private final Movements movements;
    private final EmulationModels models;
    private final EvidenceFiles files;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MovementDesk(Movements movements, EmulationModels models, EvidenceFiles files, OrgStructure org, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.movements = movements;
        this.models = models;
        this.files = files;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // ---- movements

    /** Launches a movement at a unit the actor leads or organises emulation for. */
    public UUID launch(Actor actor, MovementDetails details) {
        if (details.unitId() == null) {
            throw InvalidInput.field("unitId", "emulation.unit-required");
        }
        UnitSummary unit = org.find(details.unitId()).orElseThrow(() -> InvalidInput.field("unitId", "emulation.unit-required"));
        actor.require(unit.path(), ORGANISERS);
        Movement movement = Movement.launch(provinceOf(unit), details, Instant.now(clock));
        movements.save(movement);
        changed(actor, "emulation-movement", movement.id(), unit.id(), "movement-launched", List.of("name", "year", "level", "phases"));
        return movement.id();
    }

    /** Changes a movement's description and phases. */
    public void amend(Actor actor, UUID movementId, MovementDetails details, Long version) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        actor.require(path(movement.unitId()), ORGANISERS);
        if (version != null && version != movement.version()) {
            throw new ConcurrentChange();
        }
        movement.describe(new MovementDetails(movement.unitId(), details.year(), details.level(), details.name(),
                details.rulesDocument(), details.phases()));
        movements.save(movement);
        changed(actor, "emulation-movement", movement.id(), movement.unitId(), "movement-amended", List.of("name", "year", "level", "phases"));
    }

    /** Movements are campaigns every signed-in user may see and join; newest first. */
    @Transactional(readOnly = true)
    public List<MovementView> movements() {
        return jdbc.sql("select m.*, u.name as unit_name, (select count(*) from emulation_model e where e.home_movement_id = m.id) as models "
                + "from emulation_movement m join org_unit u on u.id = m.unit_id order by m.year desc, m.launched_on desc")
                .query((rs, n) -> new MovementView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("year"),
                        Level.valueOf(rs.getString("level")), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                        rs.getString("rules_document"), new Phases(rs.getObject("launched_on", LocalDate.class),
                                rs.getObject("registration_from", LocalDate.class), rs.getObject("registration_to", LocalDate.class),
                                rs.getObject("implementation_from", LocalDate.class), rs.getObject("implementation_to", LocalDate.class),
                                rs.getObject("evaluation_from", LocalDate.class), rs.getObject("evaluation_to", LocalDate.class),
                                rs.getObject("commendation_on", LocalDate.class)), rs.getLong("models"), rs.getLong("version")))
                .list();
    }

    @Transactional(readOnly = true)
    public MovementView movement(UUID id) {
        return movements().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(MovementNotFound::new);
    }

    /** Whether the actor organises the movement (may appoint its council, recognise, publish). */
    @Transactional(readOnly = true)
    public boolean organises(Actor actor, UUID movementId) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        return actor.may(path(movement.unitId()), ORGANISERS);
    }

    // ---- criteria

    /** Defines the criteria of a province for a year (once; a later year gets its own set). */
    public UUID defineCriteria(Actor actor, NewCriteriaSet request) {
        if (request.provinceId() == null) {
            throw InvalidInput.field("provinceId", "emulation.unit-required");
        }
        UnitSummary province = org.find(request.provinceId())
                .orElseThrow(() -> InvalidInput.field("provinceId", "emulation.unit-required"));
        actor.require(province.path(), UNIT_HEADS);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            problems.add(new FieldProblem("year", "emulation.movement.year-invalid"));
        }
        ScoringRule rule = Arrays.stream(ScoringRule.values()).filter(r -> r.name().equals(request.rule())).findFirst().orElse(null);
        if (rule == null) {
            problems.add(new FieldProblem("rule", "emulation.criteria.rule-unknown"));
        }
        if (request.disagreementLimit() == null || request.disagreementLimit().signum() < 0) {
            problems.add(new FieldProblem("disagreementLimit", "emulation.criteria.limit-invalid"));
        }
        if (request.criteria().isEmpty()) {
            problems.add(new FieldProblem("criteria", "emulation.criteria.none"));
        }
        for (NewCriteriaSet.NewCriterion c : request.criteria()) {
            if (c.name() == null || c.name().isBlank() || c.weight() == null || c.weight().signum() <= 0 || c.minScore() == null
                    || c.maxScore() == null || c.minScore().compareTo(c.maxScore()) >= 0 || c.minScore().signum() < 0) {
                problems.add(new FieldProblem("criteria", "emulation.criteria.criterion-invalid", c.name() == null ? "" : c.name()));
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
        String name = EmulationModel.required("name", request.name(), 300);
        if (criteria(province.id(), request.year()).isPresent()) {
            throw new Conflict("emulation.criteria.exists", request.year());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into emulation_criteria_set (id, province_id, year, name, rule, disagreement_limit, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(id, province.id(), request.year(), name, rule.name(),
                        request.disagreementLimit(), java.sql.Timestamp.from(Instant.now(clock))).update();
        int position = 0;
        for (NewCriteriaSet.NewCriterion c : request.criteria()) {
            jdbc.sql("insert into emulation_criterion (id, criteria_set_id, position, name, weight, min_score, max_score) "
                    + "values (?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), id, position++,
                            EmulationModel.required("criteria", c.name(), 500), c.weight(), c.minScore(), c.maxScore()).update();
        }
        for (CriteriaSet.Band b : request.bands()) {
            jdbc.sql("insert into emulation_band (criteria_set_id, min_total, label) values (?, ?, ?)")
                    .params(id, b.minTotal(), EmulationModel.required("bands", b.label(), 100)).update();
        }
        changed(actor, "emulation-criteria", id, province.id(), "criteria-defined", List.of("criteria", "bands", "rule"));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<CriteriaSet> criteria(UUID provinceId, int year) {
        return jdbc.sql("select id from emulation_criteria_set where province_id = ? and year = ?").params(provinceId, year)
                .query(UUID.class).optional().map(this::criteriaSet);
    }

    /** All criteria sets, newest year first. */
    @Transactional(readOnly = true)
    public List<CriteriaSet> criteriaSets() {
        return jdbc.sql("select id from emulation_criteria_set order by year desc, name").query(UUID.class).list().stream()
                .map(this::criteriaSet).toList();
    }

    CriteriaSet criteriaSet(UUID id) {
        List<CriteriaSet.Criterion> criteria = jdbc.sql("select * from emulation_criterion where criteria_set_id = ? order by position")
                .param(id).query((rs, n) -> new CriteriaSet.Criterion(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getBigDecimal("weight"), rs.getBigDecimal("min_score"), rs.getBigDecimal("max_score"))).list();
        List<CriteriaSet.Band> bands = jdbc.sql("select min_total, label from emulation_band where criteria_set_id = ?").param(id)
                .query((rs, n) -> new CriteriaSet.Band(rs.getBigDecimal("min_total"), rs.getString("label"))).list();
        return jdbc.sql("select * from emulation_criteria_set where id = ?").param(id)
                .query((rs, n) -> new CriteriaSet(id, rs.getObject("province_id", UUID.class), rs.getInt("year"),
                        rs.getString("name"), ScoringRule.valueOf(rs.getString("rule")), rs.getBigDecimal("disagreement_limit"),
                        criteria, bands)).single();
    }

    // ---- models

    /** A unit registers a model or exemplar with a movement during its registration phase. */
    public UUID register(Actor actor, UUID movementId, NewModel request) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        if (request.unitId() == null) {
            throw InvalidInput.field("unitId", "emulation.unit-required");
        }
        UnitSummary unit = org.find(request.unitId()).orElseThrow(() -> InvalidInput.field("unitId", "emulation.unit-required"));
        actor.require(unit.path(), UNIT_STAFF);
        if (movement.level() != Level.CENTRAL && !provinceOf(unit).equals(movement.provinceId())) {
            throw new RuleViolated("emulation.model.outside-movement");
        }
        EmulationModel model = EmulationModel.register(movement, request, unit.name(), today());
        List<Figure> figures = checkedFigures(request.figures());
        models.save(model);
        int position = 0;
        for (Figure f : figures) {
            jdbc.sql("insert into emulation_model_figure (model_id, position, indicator, value, measure, source) values (?, ?, ?, ?, ?, ?)")
                    .params(model.id(), position++, f.indicator(), f.value(), f.measure(), f.source()).update();
        }
        jdbc.sql("insert into emulation_nomination (model_id, movement_id, nominated_on, nominated_by) values (?, ?, ?, ?)")
                .params(model.id(), movement.id(), today(), actor.username()).update();
        changed(actor, "emulation-model", model.id(), unit.id(), "model-registered",
                List.of("name", "kind", "field", "problem", "actions", "results", "figures"));
        return model.id();
    }

    private static List<Figure> checkedFigures(List<Figure> figures) {
        List<Figure> checked = new ArrayList<>();
        for (Figure f : figures) {
            String indicator = EmulationModel.optional("figures", f.indicator(), 300);
            if (indicator == null && f.value() == null) {
                continue;
            }
            if (indicator == null || f.value() == null) {
                throw InvalidInput.field("figures", "emulation.model.figure-incomplete");
            }
            checked.add(new Figure(indicator, f.value(), EmulationModel.optional("figures", f.measure(), 50),
                    EmulationModel.optional("figures", f.source(), 300)));
        }
        return checked;
    }

    /** The unit reports that work on the model has begun. */
    public void startImplementing(Actor actor, UUID modelId) {
        EmulationModel model = ownModel(actor, modelId, UNIT_STAFF);
        model.startImplementing();
        save(actor, model, "model-implementing", List.of("status"));
    }

    /**
     * Puts the model forward to a movement's council: first to its own movement; once recognised, to a movement of a
     * higher level, carrying its whole file along.
     */
    public void nominate(Actor actor, UUID modelId, UUID targetMovementId) {
        EmulationModel model = ownModel(actor, modelId, UNIT_HEADS);
        Movement target = movements.findById(targetMovementId == null ? model.movementId() : targetMovementId)
                .orElseThrow(MovementNotFound::new);
        model.nominateTo(target);
        models.save(model);
        jdbc.sql("delete from emulation_nomination where model_id = ? and movement_id = ?").params(model.id(), target.id()).update();
        jdbc.sql("insert into emulation_nomination (model_id, movement_id, nominated_on, nominated_by) values (?, ?, ?, ?)")
                .params(model.id(), target.id(), today(), actor.username()).update();
        changed(actor, "emulation-model", model.id(), model.unitId(), "model-nominated", List.of("status", "movement"));
    }

    /** Adds a photo or document as evidence; nothing is kept when the file is refused. */
    public UUID addEvidence(Actor actor, UUID modelId, String fileName, byte[] content) {
        EmulationModel model = ownModel(actor, modelId, UNIT_STAFF);
        EvidenceType type = files.check(fileName, content);
        UUID id = UUID.randomUUID();
        String name = fileName.replaceAll("[\\\\/]", "_").strip();
        jdbc.sql("insert into emulation_evidence (id, model_id, file_name, media_type, size_bytes, uploaded_by, uploaded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)").params(id, model.id(), name, type.mediaType(), (long) content.length,
                        actor.username(), java.sql.Timestamp.from(Instant.now(clock))).update();
        files.write(model.id(), id, content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        files.delete(model.id(), id);
                    }
                }
            });
        }
        changed(actor, "emulation-model", model.id(), model.unitId(), "model-evidence-added", List.of("evidence"));
        return id;
    }

    /** An evidence file's content, for those who may see the model. */
    @Transactional(readOnly = true)
    public StoredFile evidence(Actor actor, UUID modelId, UUID evidenceId) {
        visibleModel(actor, modelId);
        return evidenceFile(modelId, evidenceId);
    }

    StoredFile evidenceFile(UUID modelId, UUID evidenceId) {
        ModelFile.Evidence evidence = jdbc.sql("select * from emulation_evidence where id = ? and model_id = ?")
                .params(evidenceId, modelId).query(MovementDesk::evidenceRow).optional().orElseThrow(ModelNotFound::new);
        return new StoredFile(evidence.fileName(), evidence.mediaType(), files.read(modelId, evidenceId));
    }

    /** A file's name, type and bytes. */
    public record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    /** The unit's head approves naming the model's people on the public showcase. */
    public void approvePeoplePublication(Actor actor, UUID modelId) {
        EmulationModel model = ownModel(actor, modelId, UNIT_HEADS);
        model.approvePeoplePublication(actor.username(), today());
        save(actor, model, "model-people-approved", List.of("peopleApproval"));
    }

    /** Publishes a recognised model on the showcase (by its unit's head or the movement's organisers). */
    public void publish(Actor actor, UUID modelId, boolean includePeople) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        requireUnitHeadOrOrganiser(actor, model);
        model.publish(includePeople);
        save(actor, model, "model-published", includePeople ? List.of("published", "people") : List.of("published"));
    }

    public void withdraw(Actor actor, UUID modelId) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        requireUnitHeadOrOrganiser(actor, model);
        model.withdraw();
        save(actor, model, "model-withdrawn", List.of("published"));
    }

    private void requireUnitHeadOrOrganiser(Actor actor, EmulationModel model) {
        Movement movement = movements.findById(model.movementId()).orElseThrow(MovementNotFound::new);
        if (!actor.may(path(model.unitId()), UNIT_HEADS) && !actor.may(path(movement.unitId()), ORGANISERS)) {
            throw new AccessDenied();
        }
    }

    /** Another unit adopts a recognised model and reports its own results. */
    public void replicate(Actor actor, UUID modelId, UUID unitId, LocalDate startedOn, String results) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        if (unitId == null) {
            throw InvalidInput.field("unitId", "emulation.unit-required");
        }
        UnitSummary unit = org.find(unitId).orElseThrow(() -> InvalidInput.field("unitId", "emulation.unit-required"));
        actor.require(unit.path(), UNIT_STAFF);
        if (model.status() != ModelStatus.RECOGNISED && model.level() == null) {
            throw new RuleViolated("emulation.replication.not-recognised");
        }
        if (unit.id().equals(model.unitId())) {
            throw new RuleViolated("emulation.replication.own-unit");
        }
        if (startedOn == null) {
            throw InvalidInput.field("startedOn", "emulation.model.started-required");
        }
        if (startedOn.isAfter(today())) {
            throw InvalidInput.field("startedOn", "emulation.model.started-in-future");
        }
        String text = EmulationModel.required("results", results, 4000);
        try {
            jdbc.sql("insert into emulation_replication (id, model_id, unit_id, unit_name, started_on, results, recorded_by, recorded_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), model.id(), unit.id(), unit.name(), startedOn,
                            text, actor.username(), java.sql.Timestamp.from(Instant.now(clock))).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("emulation.replication.exists");
        }
        changed(actor, "emulation-model", model.id(), unit.id(), "model-replicated", List.of("replication"));
    }

    /** The models of a movement the actor may see: all of them for its organisers and council, else their units' own. */
    @Transactional(readOnly = true)
    public PageOf<ModelSummary> models(Actor actor, UUID movementId, Paging paging) {
        Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
        boolean all = actor.may(path(movement.unitId()), ORGANISERS) || isCouncilMember(actor, movementId);
        Scope.SqlCondition scope = all ? Scope.everything().onUnit("e.unit_id") : actor.scope().onUnit("e.unit_id");
        String where = " from emulation_model e where (e.home_movement_id = :movement or e.movement_id = :movement) and " + scope.sql();
        long total = jdbc.sql("select count(*)" + where).params(scope.params()).param("movement", movementId).query(Long.class).single();
        List<ModelSummary> items = jdbc.sql("select e.*" + where + " order by e.registered_on desc, e.name limit :limit offset :offset")
                .params(scope.params()).param("movement", movementId).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new ModelSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        ModelKind.valueOf(rs.getString("kind")), Field.valueOf(rs.getString("field")), rs.getString("unit_name"),
                        ModelStatus.valueOf(rs.getString("status")), rs.getString("level") == null ? null : Level.valueOf(rs.getString("level")),
                        rs.getObject("registered_on", LocalDate.class))).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The model's whole file, for those who may see it. */
    @Transactional(readOnly = true)
    public ModelFile file(Actor actor, UUID modelId) {
        return file(visibleModel(actor, modelId));
    }

    ModelFile file(EmulationModel m) {
        String movementName = movements.findById(m.movementId()).map(Movement::name).orElse("");
        List<Figure> figures = jdbc.sql("select * from emulation_model_figure where model_id = ? order by position").param(m.id())
                .query((rs, n) -> new Figure(rs.getString("indicator"), rs.getBigDecimal("value"), rs.getString("measure"),
                        rs.getString("source"))).list();
        List<ModelFile.Evidence> evidence = jdbc.sql("select * from emulation_evidence where model_id = ? order by uploaded_at")
                .param(m.id()).query(MovementDesk::evidenceRow).list();
        List<ModelFile.Nomination> nominations = jdbc.sql("""
                select n.movement_id, v.name, v.level, n.nominated_on from emulation_nomination n
                join emulation_movement v on v.id = n.movement_id where n.model_id = ?""")
                .param(m.id()).query((rs, n) -> new ModelFile.Nomination(rs.getObject(1, UUID.class), rs.getString(2),
                        Level.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class))).list().stream()
                .sorted(java.util.Comparator.comparing(ModelFile.Nomination::nominatedOn).thenComparing(ModelFile.Nomination::level))
                .toList();
        List<ModelFile.Recognition> recognitions = jdbc.sql("""
                select r.*, v.name as movement_name from emulation_recognition r join emulation_movement v on v.id = r.movement_id
                where r.model_id = ? order by r.decided_on""").param(m.id())
                .query((rs, n) -> new ModelFile.Recognition(rs.getObject("movement_id", UUID.class), rs.getString("movement_name"),
                        Level.valueOf(rs.getString("level")), AwardForm.valueOf(rs.getString("form")), rs.getString("band"),
                        rs.getBigDecimal("total"), rs.getString("decision"), rs.getObject("decided_on", LocalDate.class))).list();
        List<ModelFile.Replication> replications = jdbc.sql(
                "select unit_id, unit_name, started_on, results from emulation_replication where model_id = ? order by started_on")
                .param(m.id()).query((rs, n) -> new ModelFile.Replication(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
        return new ModelFile(m.id(), m.movementId(), movementName, m.homeMovementId(), m.kind(), m.name(), m.unitId(),
                m.unitName(), m.people(), m.field(), m.problem(), m.actions(), m.results(), m.startedOn(), m.registeredOn(),
                m.status(), m.level(), m.year(), m.peopleApprovedBy(), m.peopleApprovedOn(), m.isPublished(),
                m.isPeoplePublic(), m.version(), figures, evidence, nominations, recognitions, replications);
    }

    private static ModelFile.Evidence evidenceRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ModelFile.Evidence(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    /** What the actor may do with a model, for pages to offer only those actions. */
    @Transactional(readOnly = true)
    public Permissions permissions(Actor actor, UUID modelId) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        String unitPath = path(model.unitId());
        Movement movement = movements.findById(model.movementId()).orElseThrow(MovementNotFound::new);
        boolean organiser = actor.may(path(movement.unitId()), ORGANISERS);
        return new Permissions(actor.may(unitPath, UNIT_STAFF), actor.may(unitPath, UNIT_HEADS), organiser,
                isCouncilMember(actor, movement.id()));
    }

    /** The actions open to an actor on one model. */
    public record Permissions(boolean unitStaff, boolean unitHead, boolean organiser, boolean councilMember) {
    }

    // ---- shared rules

    /** Its unit, council and organisers see a model; once recognised, every unit may see it to replicate it. */
    EmulationModel visibleModel(Actor actor, UUID modelId) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        if (model.level() != null || actor.sees(path(model.unitId())) || isCouncilMember(actor, model.movementId())) {
            return model;
        }
        for (UUID movementId : List.of(model.movementId(), model.homeMovementId())) {
            Movement movement = movements.findById(movementId).orElseThrow(MovementNotFound::new);
            if (actor.may(path(movement.unitId()), ORGANISERS)) {
                return model;
            }
        }
        throw new ModelNotFound();
    }

    private EmulationModel ownModel(Actor actor, UUID modelId, Role... roles) {
        EmulationModel model = models.findById(modelId).orElseThrow(ModelNotFound::new);
        String unitPath = path(model.unitId());
        if (!actor.sees(unitPath) && !isCouncilMember(actor, model.movementId())) {
            throw new ModelNotFound();
        }
        actor.require(unitPath, roles);
        return model;
    }

    boolean isCouncilMember(Actor actor, UUID movementId) {
        return actor.accountId() != null && jdbc.sql("select count(*) from emulation_council_member where movement_id = ? and account_id = ?")
                .params(movementId, actor.accountId()).query(Long.class).single() > 0;
    }

    String path(UUID unitId) {
        return org.find(unitId).map(UnitSummary::path).orElseThrow(UnitNotFound::new);
    }

    /** The province a unit belongs to (the nation for units above provinces): where its criteria come from. */
    UUID provinceOf(UnitSummary unit) {
        if (unit.kind() == UnitKind.PROVINCE || unit.parentId() == null) {
            return unit.id();
        }
        List<UnitSummary> ancestors = new ArrayList<>(org.details(Actor.system(), unit.id()).ancestors());
        java.util.Collections.reverse(ancestors);
        return ancestors.stream().filter(a -> a.kind() == UnitKind.PROVINCE).findFirst()
                .or(() -> ancestors.stream().reduce((first, second) -> second)).map(UnitSummary::id).orElse(unit.id());
    }

    private void save(Actor actor, EmulationModel model, String action, List<String> fields) {
        models.save(model);
        changed(actor, "emulation-model", model.id(), model.unitId(), action, fields);
    }

    void changed(Actor actor, String type, UUID id, UUID unitId, String action, List<String> fields) {
        events.publishEvent(new EmulationChanged(type, id.toString(), unitId, action, fields, actor.username(), Instant.now(clock)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
