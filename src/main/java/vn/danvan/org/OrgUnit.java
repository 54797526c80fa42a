package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.VietnameseText;

/**
 * A territory or body in the organisation tree, with the history of where it sat, the issuer codes it used and its
 * designated mobilisation leaders. Its materialised path ("/1/7/42/") and level make "everything under X" one indexed
 * prefix query; the path follows the latest placement.
 */
@Table("org_unit")
public class OrgUnit {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    static final Pattern SHORT_NAME = Pattern.compile("[\\p{L}\\p{N}&.\\-]{1,50}");
    static final int MAX_NAME = 255;

    @Id
    private final UUID id;
    private final long seq;
    private final String code;
    private String name;
    private String nameFolded;
    private String shortName;
    private UnitKind kind;
    private UUID parentId;
    private String path;
    @Column("depth")
    private int level;
    private final LocalDate validFrom;
    private LocalDate validTo;
    private final Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "unit_id")
    private Set<Placement> placements;
    @MappedCollection(idColumn = "unit_id")
    private Set<ShortNameSpan> shortNames;
    @MappedCollection(idColumn = "unit_id")
    private Set<LeaderTerm> leaders;

    @PersistenceCreator
    OrgUnit(UUID id, long seq, String code, String name, String nameFolded, String shortName, UnitKind kind,
            UUID parentId, String path, int level, LocalDate validFrom, LocalDate validTo, Instant createdAt,
            Long version, Set<Placement> placements, Set<ShortNameSpan> shortNames, Set<LeaderTerm> leaders) {
        this.id = id;
        this.seq = seq;
        this.code = code;
        this.name = name;
        this.nameFolded = nameFolded;
        this.shortName = shortName;
        this.kind = kind;
        this.parentId = parentId;
        this.path = path;
        this.level = level;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
        this.version = version;
        this.placements = new HashSet<>(placements == null ? Set.of() : placements);
        this.shortNames = new HashSet<>(shortNames == null ? Set.of() : shortNames);
        this.leaders = new HashSet<>(leaders == null ? Set.of() : leaders);
    }

    /**
     * A new unit under a parent (null only for a nation), valid from a date (null: since before records began).
     */
    static OrgUnit establish(long seq, String code, String name, String shortName, UnitKind kind, OrgUnit parent,
            LocalDate validFrom, LocalDate validTo, Instant now) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw InvalidInput.field("code", "org.unit.code-invalid");
        }
        if (kind == null) {
            throw InvalidInput.field("kind", "org.unit.kind-required");
        }
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            throw InvalidInput.field("validTo", "org.unit.validity-inverted");
        }
        if (!kind.mayBePlacedUnder(parent == null ? null : parent.kind)) {
            throw new RuleViolated("org.unit.kind-not-allowed-under", DomainException.term(kind.messageKey()),
                    DomainException.term(parent == null ? "org.kind.none" : parent.kind.messageKey()));
        }
        if (parent != null) {
            parent.requireActiveThroughout(validFrom, validTo);
        }
        String cleanName = checkedName(name);
        String cleanShortName = checkedShortName(shortName);
        Set<ShortNameSpan> spans = cleanShortName == null ? Set.of() : Set.of(new ShortNameSpan(cleanShortName, validFrom, null));
        String path = (parent == null ? "/" : parent.path) + seq + "/";
        return new OrgUnit(UUID.randomUUID(), seq, code.strip(), cleanName, VietnameseText.fold(cleanName), cleanShortName,
                kind, parent == null ? null : parent.id, path, parent == null ? 0 : parent.level + 1, validFrom, validTo,
                now, null, Set.of(new Placement(parent == null ? null : parent.id, validFrom, null)), spans, Set.of());
    }

    private static String checkedName(String name) {
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw InvalidInput.field("name", "org.unit.name-required");
        }
        if (clean.length() > MAX_NAME) {
            throw InvalidInput.field("name", "org.unit.name-too-long", MAX_NAME);
        }
        return clean;
    }

    private static String checkedShortName(String shortName) {
        String clean = VietnameseText.clean(shortName);
        if (clean == null || clean.isEmpty()) {
            return null;
        }
        if (!SHORT_NAME.matcher(clean).matches()) {
            throw InvalidInput.field("shortName", "org.unit.short-name-invalid");
        }
        return clean;
    }

    /** Renames the unit and changes its kind; the kind must still fit under its parent. */
    void amend(String newName, UnitKind newKind, UnitKind parentKind) {
        requireOpen();
        if (newKind == null) {
            throw InvalidInput.field("kind", "org.unit.kind-required");
        }
        if (newKind != kind && !newKind.mayBePlacedUnder(parentKind)) {
            throw new RuleViolated("org.unit.kind-not-allowed-under", DomainException.term(newKind.messageKey()),
                    DomainException.term(parentKind == null ? "org.kind.none" : parentKind.messageKey()));
        }
        this.name = checkedName(newName);
        this.nameFolded = VietnameseText.fold(this.name);
        this.kind = newKind;
    }

    /** The unit uses a new issuer code in its document symbols from a date on; the previous code stays in history. */
    void useShortName(String newShortName, LocalDate from) {
        requireOpen();
        String clean = checkedShortName(newShortName);
        if (clean == null || clean.equals(shortName)) {
            return;
        }
        Optional<ShortNameSpan> current = shortNames.stream().filter(ShortNameSpan::isCurrent).findFirst();
        if (current.isPresent()) {
            requireAfter(current.get().validFrom(), from, "shortNameFrom");
            shortNames.remove(current.get());
            shortNames.add(current.get().endingOn(from));
        }
        shortNames.add(new ShortNameSpan(clean, current.isPresent() ? from : validFrom, null));
        this.shortName = clean;
    }

    /** Moves the unit under another parent from a date on; returns the old path so the subtree can follow. */
    String moveUnder(OrgUnit newParent, LocalDate from) {
        requireOpen();
        if (newParent.id.equals(id)) {
            throw new RuleViolated("org.unit.move-under-itself");
        }
        if (newParent.path.startsWith(path)) {
            throw new RuleViolated("org.unit.move-under-descendant");
        }
        if (newParent.id.equals(parentId)) {
            throw new RuleViolated("org.unit.move-same-parent");
        }
        if (!kind.mayBePlacedUnder(newParent.kind)) {
            throw new RuleViolated("org.unit.kind-not-allowed-under", DomainException.term(kind.messageKey()), DomainException.term(newParent.kind.messageKey()));
        }
        newParent.requireActiveOn(from);
        return placeUnder(newParent, from);
    }

    /**
     * Ends the unit on a date because it merged into a successor: it is placed under the successor from that date, so
     * that whoever oversees the successor also sees the merged unit's history; kind rules do not apply to closed units.
     */
    String closeIntoSuccessor(OrgUnit successor, LocalDate on) {
        requireActiveOn(on.minusDays(1));
        String oldPath = placeUnder(successor, on);
        close(on);
        return oldPath;
    }

    /** Moves a child of a merged or split unit to its new parent on the date of the change. */
    String transferTo(OrgUnit newParent, LocalDate on) {
        return placeUnder(newParent, on);
    }

    private String placeUnder(OrgUnit newParent, LocalDate from) {
        Placement current = currentPlacement();
        requireAfter(current.validFrom(), from, "effectiveOn");
        placements.remove(current);
        placements.add(current.endingOn(from));
        placements.add(new Placement(newParent.id, from, null));
        String oldPath = path;
        this.parentId = newParent.id;
        this.path = newParent.path + seq + "/";
        this.level = newParent.level + 1;
        return oldPath;
    }

    /** The unit ceases to exist on this date (it is valid until the day before). */
    void close(LocalDate on) {
        requireOpen();
        if (validFrom != null && !on.isAfter(validFrom)) {
            throw InvalidInput.field("effectiveOn", "org.unit.validity-inverted");
        }
        this.validTo = on;
    }

    /** Designates the unit's mobilisation leader from a date on, ending the previous designation that day. */
    void designateLeader(UUID staffId, LocalDate from, String by, Instant at) {
        requireOpen();
        requireActiveOn(from);
        Optional<LeaderTerm> current = currentLeaderTerm();
        if (current.isPresent()) {
            if (current.get().staffId().equals(staffId)) {
                throw new RuleViolated("org.leader.already-designated");
            }
            requireAfter(current.get().validFrom(), from, "from");
            leaders.remove(current.get());
            leaders.add(current.get().endingOn(from));
        }
        leaders.add(new LeaderTerm(staffId, from, null, by, at));
    }

    /** Ends the current designation without a successor, e.g. when the person leaves the unit. */
    void endLeadership(UUID staffId, LocalDate on) {
        currentLeaderTerm().filter(term -> term.staffId().equals(staffId)).ifPresent(term -> {
            leaders.remove(term);
            leaders.add(term.endingOn(on.isAfter(term.validFrom()) ? on : term.validFrom().plusDays(1)));
        });
    }

    void requireActiveOn(LocalDate date) {
        if (date != null && !isActiveOn(date)) {
            throw new RuleViolated("org.unit.not-active-on", name, date);
        }
    }

    private void requireActiveThroughout(LocalDate from, LocalDate to) {
        boolean startsInside = validFrom == null || (from != null && !from.isBefore(validFrom));
        boolean endsInside = validTo == null || (to != null && !to.isAfter(validTo));
        if (!startsInside || !endsInside) {
            throw new RuleViolated("org.unit.outside-parent-validity", name);
        }
    }

    private void requireOpen() {
        if (validTo != null) {
            throw new RuleViolated("org.unit.closed", name);
        }
    }

    private static void requireAfter(LocalDate start, LocalDate date, String field) {
        if (date == null) {
            throw InvalidInput.field(field, "org.unit.effective-date-required");
        }
        if (start != null && !date.isAfter(start)) {
            throw InvalidInput.field(field, "org.unit.effective-date-before-current", start);
        }
    }

    public boolean isActiveOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || validTo.isAfter(date));
    }

    Placement currentPlacement() {
        return placements.stream().filter(Placement::isCurrent).findFirst()
                .orElseGet(() -> placements.stream().max(Comparator.comparing(Placement::validTo)).orElseThrow());
    }

    Optional<LeaderTerm> currentLeaderTerm() {
        return leaders.stream().filter(LeaderTerm::isCurrent).findFirst();
    }

    List<Placement> placementHistory() {
        return placements.stream().sorted(Comparator.comparing(Placement::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    List<ShortNameSpan> shortNameHistory() {
        return shortNames.stream().sorted(Comparator.comparing(ShortNameSpan::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    List<LeaderTerm> leaderHistory() {
        return leaders.stream().sorted(Comparator.comparing(LeaderTerm::validFrom).reversed()).toList();
    }

    public UUID id() {
        return id;
    }

    long seq() {
        return seq;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public UnitKind kind() {
        return kind;
    }

    public UUID parentId() {
        return parentId;
    }

    public String path() {
        return path;
    }

    public int level() {
        return level;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }
}
