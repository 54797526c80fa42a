package vn.danvan.emulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.VietnameseText;

/**
 * A "Dân vận khéo" emulation movement of one year at one level, launched by a unit, with its phases and the document
 * whose rules apply.
 */
@Table("emulation_movement")
public class Movement {

    @Id
    private final UUID id;
    private final UUID unitId;
    private final UUID provinceId;
    private int year;
    private Level level;
    private String name;
    private String rulesDocument;
    private LocalDate launchedOn;
    private LocalDate registrationFrom;
    private LocalDate registrationTo;
    private LocalDate implementationFrom;
    private LocalDate implementationTo;
    private LocalDate evaluationFrom;
    private LocalDate evaluationTo;
    private LocalDate commendationOn;
    private final Instant createdAt;
    @Version
    private Long version;

    @PersistenceCreator
    Movement(UUID id, UUID unitId, UUID provinceId, int year, Level level, String name, String rulesDocument,
            LocalDate launchedOn, LocalDate registrationFrom, LocalDate registrationTo, LocalDate implementationFrom,
            LocalDate implementationTo, LocalDate evaluationFrom, LocalDate evaluationTo, LocalDate commendationOn,
            Instant createdAt, Long version) {
        this.id = id;
        this.unitId = unitId;
        this.provinceId = provinceId;
        this.year = year;
        this.level = level;
        this.name = name;
        this.rulesDocument = rulesDocument;
        this.launchedOn = launchedOn;
        this.registrationFrom = registrationFrom;
        this.registrationTo = registrationTo;
        this.implementationFrom = implementationFrom;
        this.implementationTo = implementationTo;
        this.evaluationFrom = evaluationFrom;
        this.evaluationTo = evaluationTo;
        this.commendationOn = commendationOn;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Movement launch(UUID provinceId, MovementDetails details, Instant now) {
        Movement movement = new Movement(UUID.randomUUID(), details.unitId(), provinceId, 0, null, null, null, null, null,
                null, null, null, null, null, null, now, null);
        movement.describe(details);
        return movement;
    }

    /** Replaces year, level, name, rules document and phases. */
    void describe(MovementDetails details) {
        if (details.year() == null || details.year() < 2000 || details.year() > 2100) {
            throw InvalidInput.field("year", "emulation.movement.year-invalid");
        }
        Level parsedLevel = Arrays.stream(Level.values()).filter(l -> l.name().equals(details.level())).findFirst()
                .orElseThrow(() -> InvalidInput.field("level", "emulation.movement.level-unknown"));
        String cleanName = VietnameseText.clean(details.name());
        if (cleanName == null || cleanName.isEmpty() || cleanName.length() > 500) {
            throw InvalidInput.field("name", "emulation.movement.name-required");
        }
        String rules = VietnameseText.clean(details.rulesDocument());
        if (rules != null && rules.length() > 300) {
            throw InvalidInput.field("rulesDocument", "emulation.text-too-long", 300);
        }
        if (details.phases() == null) {
            throw InvalidInput.field("phases.launchedOn", "emulation.movement.date-required");
        }
        details.phases().check();
        Phases p = details.phases();
        this.year = details.year();
        this.level = parsedLevel;
        this.name = cleanName;
        this.rulesDocument = rules == null || rules.isEmpty() ? null : rules;
        this.launchedOn = p.launchedOn();
        this.registrationFrom = p.registrationFrom();
        this.registrationTo = p.registrationTo();
        this.implementationFrom = p.implementationFrom();
        this.implementationTo = p.implementationTo();
        this.evaluationFrom = p.evaluationFrom();
        this.evaluationTo = p.evaluationTo();
        this.commendationOn = p.commendationOn();
    }

    public Phases phases() {
        return new Phases(launchedOn, registrationFrom, registrationTo, implementationFrom, implementationTo,
                evaluationFrom, evaluationTo, commendationOn);
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public UUID provinceId() {
        return provinceId;
    }

    public int year() {
        return year;
    }

    public Level level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String rulesDocument() {
        return rulesDocument;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
