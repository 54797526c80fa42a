package vn.danvan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.plan.extraction.Comparison;
import vn.danvan.plan.extraction.Quantity;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * A target (chỉ tiêu) of a plan: an indicator, a comparison with a value or range, its unit, baseline and due date, the
 * latest value entered, and its allocation across child units, which may not exceed the whole. Its status follows from
 * the latest value, the direction of the comparison and the tolerance.
 */
@Table("plan_target")
public class Target {

    static final BigDecimal DEFAULT_TOLERANCE = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000L);

    @Id
    private final UUID id;
    private final UUID planId;
    private final int ord;
    private String indicator;
    private Comparison comparison;
    @Column("target_value")
    private BigDecimal value;
    @Column("target_value_max")
    private BigDecimal valueMax;
    private String measure;
    private BigDecimal baseline;
    private LocalDate dueOn;
    private BigDecimal tolerance;
    private BigDecimal latestValue;
    private LocalDate latestOn;
    private final UUID implementsId;
    private final String sourceText;
    @Version
    private Long version;
    @MappedCollection(idColumn = "target_id")
    private Set<Allocation> allocations;

    @PersistenceCreator
    Target(UUID id, UUID planId, int ord, String indicator, Comparison comparison, BigDecimal value, BigDecimal valueMax,
            String measure, BigDecimal baseline, LocalDate dueOn, BigDecimal tolerance, BigDecimal latestValue,
            LocalDate latestOn, UUID implementsId, String sourceText, Long version, Set<Allocation> allocations) {
        this.id = id;
        this.planId = planId;
        this.ord = ord;
        this.indicator = indicator;
        this.comparison = comparison;
        this.value = value;
        this.valueMax = valueMax;
        this.measure = measure;
        this.baseline = baseline;
        this.dueOn = dueOn;
        this.tolerance = tolerance;
        this.latestValue = latestValue;
        this.latestOn = latestOn;
        this.implementsId = implementsId;
        this.sourceText = sourceText;
        this.version = version;
        this.allocations = new HashSet<>(allocations == null ? Set.of() : allocations);
    }

    static Target of(UUID planId, int ord, NewTarget target, UUID implementsId) {
        Target created = new Target(UUID.randomUUID(), planId, ord, null, null, null, null, null, null, null, null, null,
                null, implementsId, clip(target.sourceText(), 2000), null, Set.of());
        created.define(target);
        return created;
    }

    /** Parses a quantity as written; a bad one is an input error on the field, never an exception of the parser. */
    static Quantity quantity(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("quantity", "plan.target.quantity-required");
        }
        try {
            return Quantity.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            if (String.valueOf(e.getMessage()).startsWith("range upside down")) {
                throw InvalidInput.field("quantity", "plan.target.range-upside-down-written", text);
            }
            throw InvalidInput.field("quantity", "plan.target.quantity-invalid", text);
        }
    }

    /** Sets what the target says; allocations stay and must still fit in the whole. */
    void define(NewTarget target) {
        String name = target.indicator() == null ? "" : target.indicator().strip();
        if (name.isEmpty() || name.length() > 500) {
            throw InvalidInput.field("indicator", "plan.target.indicator-required");
        }
        if (target.comparison() == null) {
            throw InvalidInput.field("comparison", "plan.target.comparison-required");
        }
        if (target.value() == null) {
            throw InvalidInput.field("quantity", "plan.target.quantity-required");
        }
        BigDecimal max = target.comparison() == Comparison.RANGE ? target.valueMax() : null;
        if (target.comparison() == Comparison.RANGE && max == null) {
            throw InvalidInput.field("quantity", "plan.target.range-incomplete");
        }
        if (max != null && max.compareTo(target.value()) < 0) {
            throw InvalidInput.field("quantity", "plan.target.range-upside-down", target.value(), max);
        }
        if (target.value().abs().compareTo(LIMIT) > 0 || (max != null && max.abs().compareTo(LIMIT) > 0)) {
            throw InvalidInput.field("quantity", "plan.target.value-too-large");
        }
        BigDecimal tol = target.tolerance() == null ? DEFAULT_TOLERANCE : target.tolerance();
        if (tol.signum() < 0 || tol.compareTo(HUNDRED) > 0) {
            throw InvalidInput.field("tolerance", "plan.target.tolerance-invalid");
        }
        bounded(target.baseline(), "baseline");
        this.indicator = name;
        this.comparison = target.comparison();
        this.value = target.value();
        this.valueMax = max;
        this.measure = clip(target.unit(), 50);
        this.baseline = target.baseline();
        this.dueOn = target.dueOn();
        this.tolerance = tol;
        checkAllocations(List.copyOf(allocations));
    }

    /** Splits the target across child units; the shares together may not exceed the whole. */
    void allocate(List<Allocation> shares) {
        Set<UUID> seen = new HashSet<>();
        for (Allocation share : shares) {
            if (share.unitId() == null || share.amount() == null || share.amount().signum() < 0) {
                throw InvalidInput.field("allocations", "plan.allocation.invalid");
            }
            if (!seen.add(share.unitId())) {
                throw InvalidInput.field("allocations", "plan.allocation.duplicate-unit");
            }
        }
        checkAllocations(shares);
        allocations.clear();
        shares.stream().filter(s -> s.amount().signum() > 0).forEach(allocations::add);
    }

    private void checkAllocations(List<Allocation> shares) {
        BigDecimal total = shares.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal whole = valueMax != null ? valueMax : value;
        if (total.compareTo(whole) > 0) {
            throw InvalidInput.field("allocations", "plan.allocation.above-whole", total, whole);
        }
    }

    /** Records the value measured (entered by hand) on a date. */
    void measure(BigDecimal latest, LocalDate on) {
        if (latest == null) {
            throw InvalidInput.field("latestValue", "plan.target.latest-required");
        }
        if (on == null) {
            throw InvalidInput.field("latestOn", "plan.target.latest-on-required");
        }
        bounded(latest, "latestValue");
        this.latestValue = latest;
        this.latestOn = on;
    }

    void requireVersion(Long expected) {
        if (expected != null && expected != version()) {
            throw new ConcurrentChange();
        }
    }

    void requireOf(UUID plan) {
        if (!planId.equals(plan)) {
            throw new TargetNotFound();
        }
    }

    /** The target's status by its latest value. */
    public TargetStatus status() {
        return statusOf(comparison, value, valueMax, tolerance, latestValue);
    }

    /**
     * Up for at least / above / increase by / reduce by (the reduction achieved counts up), down for at most / below,
     * two-sided for keep at / range. Short of the value by no more than the tolerance (in percent of the value) is
     * at risk; further off is off track.
     */
    static TargetStatus statusOf(Comparison comparison, BigDecimal value, BigDecimal valueMax, BigDecimal tolerance,
            BigDecimal latest) {
        if (latest == null || comparison == null || value == null) {
            return TargetStatus.NOT_MEASURED;
        }
        BigDecimal margin = value.abs().multiply(tolerance == null ? DEFAULT_TOLERANCE : tolerance)
                .divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return switch (comparison) {
            case AT_LEAST, INCREASE_BY, REDUCE_BY -> band(value.subtract(latest), margin, latest.compareTo(value) >= 0);
            case ABOVE -> band(value.subtract(latest), margin, latest.compareTo(value) > 0);
            case AT_MOST -> band(latest.subtract(value), margin, latest.compareTo(value) <= 0);
            case BELOW -> band(latest.subtract(value), margin, latest.compareTo(value) < 0);
            case KEEP_AT -> band(latest.subtract(value).abs(), margin, latest.compareTo(value) == 0);
            case RANGE -> {
                BigDecimal max = valueMax == null ? value : valueMax;
                BigDecimal off = latest.compareTo(value) < 0 ? value.subtract(latest)
                        : latest.compareTo(max) > 0 ? latest.subtract(max) : BigDecimal.ZERO;
                yield band(off, margin, off.signum() == 0);
            }
        };
    }

    private static TargetStatus band(BigDecimal shortfall, BigDecimal margin, boolean met) {
        if (met) {
            return TargetStatus.ON_TRACK;
        }
        return shortfall.compareTo(margin) <= 0 ? TargetStatus.AT_RISK : TargetStatus.OFF_TRACK;
    }

    private static void bounded(BigDecimal number, String field) {
        if (number != null && number.abs().compareTo(LIMIT) > 0) {
            throw InvalidInput.field(field, "plan.target.value-too-large");
        }
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int ord() {
        return ord;
    }

    public String indicator() {
        return indicator;
    }

    public Comparison comparison() {
        return comparison;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal valueMax() {
        return valueMax;
    }

    public String measure() {
        return measure;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public BigDecimal latestValue() {
        return latestValue;
    }

    public LocalDate latestOn() {
        return latestOn;
    }

    public UUID implementsId() {
        return implementsId;
    }

    public String sourceText() {
        return sourceText;
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
