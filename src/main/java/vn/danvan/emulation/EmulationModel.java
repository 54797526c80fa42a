package vn.danvan.emulation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * A "Dân vận khéo" model (collective) or exemplar (individual) with its story, moving from registration through
 * implementation and nomination to recognition; published on the showcase only once recognised, with the people named
 * only as far as its unit approved.
 */
@Table("emulation_model")
public class EmulationModel {

    @Id
    private final UUID id;
    private UUID movementId;
    private final UUID homeMovementId;
    private ModelKind kind;
    private String name;
    private final UUID unitId;
    private final String unitName;
    private final UUID provinceId;
    private String people;
    private Field field;
    private String problem;
    private String actions;
    private String results;
    private LocalDate startedOn;
    private final LocalDate registeredOn;
    private ModelStatus status;
    private Level level;
    private final int year;
    private String peopleApprovedBy;
    private LocalDate peopleApprovedOn;
    private boolean published;
    private boolean peoplePublic;
    private String searchText;
    @Version
    private Long version;

    @PersistenceCreator
    EmulationModel(UUID id, UUID movementId, UUID homeMovementId, ModelKind kind, String name, UUID unitId,
            String unitName, UUID provinceId, String people, Field field, String problem, String actions, String results,
            LocalDate startedOn, LocalDate registeredOn, ModelStatus status, Level level, int year, String peopleApprovedBy,
            LocalDate peopleApprovedOn, boolean published, boolean peoplePublic, String searchText, Long version) {
        this.id = id;
        this.movementId = movementId;
        this.homeMovementId = homeMovementId;
        this.kind = kind;
        this.name = name;
        this.unitId = unitId;
        this.unitName = unitName;
        this.provinceId = provinceId;
        this.people = people;
        this.field = field;
        this.problem = problem;
        this.actions = actions;
        this.results = results;
        this.startedOn = startedOn;
        this.registeredOn = registeredOn;
        this.status = status;
        this.level = level;
        this.year = year;
        this.peopleApprovedBy = peopleApprovedBy;
        this.peopleApprovedOn = peopleApprovedOn;
        this.published = published;
        this.peoplePublic = peoplePublic;
        this.searchText = searchText;
        this.version = version;
    }

    /** Registers a model with a movement whose registration phase is open on the day. */
    static EmulationModel register(Movement movement, NewModel request, String unitName, LocalDate today) {
        if (!movement.phases().isRegistrationOpen(today)) {
            throw new RuleViolated("emulation.model.registration-closed", movement.phases().registrationFrom(),
                    movement.phases().registrationTo());
        }
        ModelKind kind = Arrays.stream(ModelKind.values()).filter(k -> k.name().equals(request.kind())).findFirst()
                .orElseThrow(() -> InvalidInput.field("kind", "emulation.model.kind-unknown"));
        Field field = Field.parse(request.field());
        String name = required("name", request.name(), 500);
        String problem = required("problem", request.problem(), 4000);
        String actions = required("actions", request.actions(), 8000);
        String results = required("results", request.results(), 8000);
        String people = optional("people", request.people(), 1000);
        if (kind == ModelKind.INDIVIDUAL && people == null) {
            throw InvalidInput.field("people", "emulation.model.person-required");
        }
        if (request.startedOn() == null) {
            throw InvalidInput.field("startedOn", "emulation.model.started-required");
        }
        if (request.startedOn().isAfter(today)) {
            throw InvalidInput.field("startedOn", "emulation.model.started-in-future");
        }
        EmulationModel model = new EmulationModel(UUID.randomUUID(), movement.id(), movement.id(), kind, name,
                request.unitId(), unitName, movement.provinceId(), people, field, problem, actions, results,
                request.startedOn(), today, ModelStatus.REGISTERED, null, movement.year(), null, null, false, false, null,
                null);
        model.index();
        return model;
    }

    static String required(String field, String text, int max) {
        String clean = optional(field, text, max);
        if (clean == null) {
            throw InvalidInput.field(field, "emulation.required");
        }
        return clean;
    }

    static String optional(String field, String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip();
        if (clean.length() > max) {
            throw InvalidInput.field(field, "emulation.text-too-long", max);
        }
        return clean.isEmpty() ? null : clean;
    }

    /** Work on the model has started. */
    void startImplementing() {
        expect(ModelStatus.REGISTERED);
        status = ModelStatus.IMPLEMENTING;
    }

    /** Put forward to a movement's council for evaluation; the first time to its own movement, later one level up. */
    void nominateTo(Movement target) {
        if (status == ModelStatus.RECOGNISED) {
            if (level != null && target.level().compareTo(level) <= 0) {
                throw new RuleViolated("emulation.model.nominate-higher-level");
            }
        } else {
            expect(ModelStatus.IMPLEMENTING);
            if (!target.id().equals(movementId)) {
                throw new RuleViolated("emulation.model.nominate-own-movement-first");
            }
        }
        movementId = target.id();
        status = ModelStatus.NOMINATED;
        published = false;
    }

    /** The council's evaluation ended in recognition at a level. */
    void recognise(Level at) {
        expect(ModelStatus.NOMINATED);
        status = ModelStatus.RECOGNISED;
        level = at;
        index();
    }

    /** The council's evaluation ended without recognition. */
    void reject() {
        expect(ModelStatus.NOMINATED);
        status = level == null ? ModelStatus.NOT_RECOGNISED : ModelStatus.RECOGNISED;
    }

    /** The unit approves naming the people of the model on the public showcase. */
    void approvePeoplePublication(String by, LocalDate on) {
        peopleApprovedBy = by;
        peopleApprovedOn = on;
    }

    /** Shows the recognised model on the public showcase, naming its people only if the unit approved that. */
    void publish(boolean includePeople) {
        if (status != ModelStatus.RECOGNISED) {
            throw new RuleViolated("emulation.publish.not-recognised");
        }
        if (includePeople && peopleApprovedOn == null) {
            throw new RuleViolated("emulation.publish.people-not-approved");
        }
        published = true;
        peoplePublic = includePeople && people != null;
        index();
    }

    void withdraw() {
        published = false;
    }

    private void expect(ModelStatus expected) {
        if (status != expected) {
            throw new RuleViolated("emulation.model.wrong-status", vn.danvan.shared.DomainException.term(status.messageKey()));
        }
    }

    /** The folded text the showcase searches: name, unit, field, story and, when public, the people. */
    private void index() {
        String text = String.join(" ", name, unitName, peoplePublic && people != null ? people : "", problem, actions,
                results);
        String folded = VietnameseText.fold(text);
        searchText = folded.length() > 4000 ? folded.substring(0, 4000) : folded;
    }

    public boolean isPublished() {
        return published;
    }

    public UUID id() {
        return id;
    }

    public UUID movementId() {
        return movementId;
    }

    public UUID homeMovementId() {
        return homeMovementId;
    }

    public ModelKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public UUID unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public UUID provinceId() {
        return provinceId;
    }

    public String people() {
        return people;
    }

    public Field field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    public String actions() {
        return actions;
    }

    public String results() {
        return results;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public ModelStatus status() {
        return status;
    }

    public Level level() {
        return level;
    }

    public int year() {
        return year;
    }

    public String peopleApprovedBy() {
        return peopleApprovedBy;
    }

    public LocalDate peopleApprovedOn() {
        return peopleApprovedOn;
    }

    public boolean isPeoplePublic() {
        return peoplePublic;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
