package vn.danvan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;

/**
 * What a report asks for: numeric data elements, narrative sections, indicators over the elements and validation
 * rules between them. It reads a unit's entries, figure by figure, into checked numbers.
 */
@Table("report_template")
public class ReportTemplate {

    @Id
    private final UUID id;
    private final UUID ownerUnitId;
    private final String name;
    private final Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "template_id", keyColumn = "ord")
    private final List<DataElement> elements;
    @MappedCollection(idColumn = "template_id", keyColumn = "ord")
    private final List<NarrativeSection> sections;
    @MappedCollection(idColumn = "template_id", keyColumn = "ord")
    private final List<Indicator> indicators;
    @MappedCollection(idColumn = "template_id", keyColumn = "ord")
    private final List<ValidationRule> rules;

    @PersistenceCreator
    ReportTemplate(UUID id, UUID ownerUnitId, String name, Instant createdAt, Long version, List<DataElement> elements,
            List<NarrativeSection> sections, List<Indicator> indicators, List<ValidationRule> rules) {
        this.id = id;
        this.ownerUnitId = ownerUnitId;
        this.name = name;
        this.createdAt = createdAt;
        this.version = version;
        this.elements = List.copyOf(elements == null ? List.of() : elements);
        this.sections = List.copyOf(sections == null ? List.of() : sections);
        this.indicators = List.copyOf(indicators == null ? List.of() : indicators);
        this.rules = List.copyOf(rules == null ? List.of() : rules);
    }

    static ReportTemplate define(UUID ownerUnitId, String name, List<DataElement> elements, List<NarrativeSection> sections,
            List<Indicator> indicators, List<ValidationRule> rules, Instant now) {
        if (name == null || name.isBlank() || name.length() > 300) {
            throw InvalidInput.field("name", "report.template.title-required");
        }
        if ((elements == null || elements.isEmpty()) && (sections == null || sections.isEmpty())) {
            throw InvalidInput.field("elements", "report.template.empty");
        }
        ReportTemplate template = new ReportTemplate(UUID.randomUUID(), ownerUnitId, name.strip(), now, null, elements,
                sections, indicators, rules);
        template.checkReferences();
        return template;
    }

    /** The same template with new content, checked as a new one is. */
    ReportTemplate revise(String newName, List<DataElement> newElements, List<NarrativeSection> newSections,
            List<Indicator> newIndicators, List<ValidationRule> newRules) {
        ReportTemplate checked = define(ownerUnitId, newName, newElements, newSections, newIndicators, newRules, createdAt);
        return new ReportTemplate(id, ownerUnitId, checked.name, createdAt, version, checked.elements, checked.sections,
                checked.indicators, checked.rules);
    }

    private void checkReferences() {
        Set<String> codes = new HashSet<>();
        for (DataElement e : elements) {
            if (!codes.add(e.code())) {
                throw InvalidInput.field("elements", "report.template.code-duplicate", e.code());
            }
        }
        Set<String> sectionCodes = new HashSet<>();
        for (NarrativeSection s : sections) {
            if (!sectionCodes.add(s.code())) {
                throw InvalidInput.field("sections", "report.template.code-duplicate", s.code());
            }
        }
        for (Indicator i : indicators) {
            if (!codes.contains(i.numerator()) || !codes.contains(i.denominator())) {
                throw InvalidInput.field("indicators", "report.template.unknown-element", i.code());
            }
        }
        for (ValidationRule r : rules) {
            if (!codes.contains(r.leftElement()) || !codes.contains(r.rightElement())) {
                throw InvalidInput.field("rules", "report.template.unknown-element", r.leftElement() + " " + r.rightElement());
            }
        }
    }

    /**
     * Reads raw entries keyed by figure key ("E1", or "E1.female" for a part) into numbers; every cell that is not a
     * non-negative number, every part above its whole and every broken rule is reported at once, by figure key.
     */
    Map<String, BigDecimal> read(Map<String, String> entries) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (DataElement element : elements) {
            List<String> keys = new ArrayList<>(List.of(element.code()));
            element.disaggregation().categories().forEach(c -> keys.add(figureKey(element.code(), c)));
            for (String key : keys) {
                Optional<Optional<BigDecimal>> parsed = FigureText.parse(entries.get(key));
                if (parsed.isEmpty()) {
                    problems.add(new FieldProblem(key, "report.figure.not-a-number", element.name()));
                } else if (parsed.get().isPresent()) {
                    BigDecimal value = parsed.get().get();
                    if (value.signum() < 0) {
                        problems.add(new FieldProblem(key, "report.figure.negative", element.name()));
                    } else {
                        figures.put(key, value);
                    }
                }
            }
            BigDecimal whole = figures.get(element.code());
            BigDecimal parts = BigDecimal.ZERO;
            for (String category : element.disaggregation().categories()) {
                BigDecimal part = figures.get(figureKey(element.code(), category));
                if (part != null) {
                    parts = parts.add(part);
                    if (whole == null || part.compareTo(whole) > 0) {
                        problems.add(new FieldProblem(figureKey(element.code(), category), "report.figure.part-above-whole",
                                element.name()));
                    }
                }
            }
            if (whole != null && parts.compareTo(whole) > 0 && problems.stream().noneMatch(p -> p.field().startsWith(element.code() + "."))) {
                problems.add(new FieldProblem(element.code(), "report.figure.parts-above-whole", element.name()));
            }
        }
        for (ValidationRule rule : rules) {
            if (!rule.holds(figures.get(rule.leftElement()), figures.get(rule.rightElement()))) {
                problems.add(new FieldProblem(rule.leftElement(), "report.figure.rule-broken", element(rule.leftElement()).name(),
                        rule.comparison().symbol(), element(rule.rightElement()).name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return figures;
    }

    static String figureKey(String elementCode, String category) {
        return category == null || category.isEmpty() ? elementCode : elementCode + "." + category;
    }

    DataElement element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInput.field("element", "report.template.unknown-element", code));
    }

    public UUID id() {
        return id;
    }

    public UUID ownerUnitId() {
        return ownerUnitId;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public List<DataElement> elements() {
        return elements;
    }

    public List<NarrativeSection> sections() {
        return sections;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<ValidationRule> rules() {
        return rules;
    }
}
