package vn.danvan.org;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

/**
 * The organisation's use cases that change the tree: establishing, amending, moving, merging, splitting and
 * dissolving units, designating leaders and keeping staff. Every change is checked against the actor's unit scope.
 */
@Service
@Transactional
public class OrgManagement {

    private final OrgUnits units;
    private final StaffMembers staff;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgManagement(OrgUnits units, StaffMembers staff, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.staff = staff;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Establishes a unit under a parent the actor administers (a nation only by a system administrator). */
    public UUID establish(Actor actor, NewUnit request) {
        OrgUnit parent = null;
        if (request.parentId() != null) {
            parent = load(actor, request.parentId());
            actor.require(parent.path(), Role.UNIT_ADMIN);
        } else if (!actor.isSystemAdmin()) {
            throw new AccessDenied();
        }
        OrgUnit unit = establish(request, parent);
        events.publishEvent(new UnitEstablished(unit.id(), unit.code(), actor.username(), now()));
        return unit.id();
    }

    private OrgUnit establish(NewUnit request, OrgUnit parent) {
        String code = request.code() == null ? null : request.code().strip();
        if (code != null && units.existsByCode(code)) {
            throw new Conflict("org.unit.code-duplicate", code);
        }
        OrgUnit unit = OrgUnit.establish(nextSeq(), code, request.name(), request.shortName(), request.kind(), parent,
                request.validFrom(), request.validTo(), now());
        return units.save(unit);
    }

    /** The nation at the root of the tree, established when the tree is empty. */
    public UUID ensureNation(String code, String name) {
        return jdbc.sql("select id from org_unit where parent_id is null and kind = 'NATION' order by seq")
                .query(UUID.class).list().stream().findFirst()
                .orElseGet(() -> establish(new NewUnit(code, name, null, UnitKind.NATION, null, null, null), null).id());
    }

    /** Changes a unit's name, kind and issuer code, refusing if someone else saved it since it was read. */
    public void amend(Actor actor, UUID unitId, UnitAmendment change) {
        OrgUnit unit = load(actor, unitId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        if (change.version() != null && !change.version().equals(unit.version())) {
            throw new ConcurrentChange();
        }
        UnitKind parentKind = unit.parentId() == null ? null : units.findById(unit.parentId()).map(OrgUnit::kind).orElse(null);
        if (change.kind() != null && change.kind() != unit.kind()) {
            for (String childKind : jdbc.sql("select distinct kind from org_unit where parent_id = ? and valid_to is null")
                    .param(unit.id()).query(String.class).list()) {
                if (!UnitKind.valueOf(childKind).mayBePlacedUnder(change.kind())) {
                    throw new RuleViolated("org.unit.kind-breaks-children", DomainException.term(change.kind().messageKey()));
                }
            }
        }
        List<String> changed = new ArrayList<>();
        String oldName = unit.name();
        UnitKind oldKind = unit.kind();
        String oldShortName = unit.shortName();
        unit.amend(change.name(), change.kind(), parentKind);
        unit.useShortName(change.shortName(), change.shortNameFrom() == null ? today() : change.shortNameFrom());
        if (!Objects.equals(oldName, unit.name())) {
            changed.add("name");
        }
        if (oldKind != unit.kind()) {
            changed.add("kind");
        }
        if (!Objects.equals(oldShortName, unit.shortName())) {
            changed.add("shortName");
        }
        if (!changed.isEmpty()) {
            units.save(unit);
            events.publishEvent(new UnitAmended(unit.id(), changed, actor.username(), now()));
        }
    }

    /** Moves a unit and its subtree under another parent from a date on. */
    public void move(Actor actor, UUID unitId, UUID newParentId, LocalDate effectiveOn) {
        if (newParentId == null) {
            throw InvalidInput.field("parentId", "org.unit.parent-required");
        }
        OrgUnit unit = load(actor, unitId);
        OrgUnit newParent = load(actor, newParentId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        actor.require(newParent.path(), Role.UNIT_ADMIN);
        UUID oldParent = unit.parentId();
        String oldPath = unit.moveUnder(newParent, required(effectiveOn));
        units.save(unit);
        followPath(unit, oldPath);
        events.publishEvent(new UnitMoved(unit.id(), oldParent, newParent.id(), effectiveOn, actor.username(), now()));
    }

    /**
     * Merges units into a successor on a date (N to 1): the sources end the day before and sit under the successor
     * from then on, so that their history rolls up to it; their open children move to the successor if asked.
     */
    public void merge(Actor actor, Merger merger) {
        LocalDate on = required(merger.effectiveOn());
        if (merger.targetId() == null) {
            throw InvalidInput.field("targetId", "org.merge.target-required");
        }
        Set<UUID> sourceIds = new LinkedHashSet<>(merger.sourceIds());
        if (sourceIds.isEmpty()) {
            throw InvalidInput.field("sourceIds", "org.merge.no-sources");
        }
        if (sourceIds.contains(merger.targetId())) {
            throw new RuleViolated("org.merge.into-itself");
        }
        OrgUnit target = load(actor, merger.targetId());
        actor.require(target.path(), Role.UNIT_ADMIN);
        if (!target.isActiveOn(on) || target.validTo() != null) {
            throw new RuleViolated("org.merge.target-not-active", target.name(), on);
        }
        List<OrgUnit> sources = new ArrayList<>();
        for (UUID sourceId : sourceIds) {
            OrgUnit source = load(actor, sourceId);
            actor.require(source.path(), Role.UNIT_ADMIN);
            if (source.validTo() != null || !source.isActiveOn(on.minusDays(1))) {
                throw new RuleViolated("org.merge.source-not-active", source.name(), on);
            }
            if (target.path().startsWith(source.path())) {
                throw new RuleViolated("org.merge.target-inside-source", target.name(), source.name());
            }
            sources.add(source);
        }
        for (OrgUnit source : sources) {
            if (merger.moveChildren()) {
                for (OrgUnit child : openChildren(source.id())) {
                    if (!child.kind().mayBePlacedUnder(target.kind())) {
                        throw new RuleViolated("org.merge.child-does-not-fit", child.name(), target.name());
                    }
                    transfer(child, target, on);
                }
            }
            source = units.findById(source.id()).orElseThrow();
            String oldPath = source.closeIntoSuccessor(target, on);
            endLeadership(source, on);
            units.save(source);
            followPath(source, oldPath);
            jdbc.sql("insert into org_unit_lineage (predecessor_id, successor_id, effective_on, kind) values (?, ?, ?, 'MERGE')")
                    .params(source.id(), target.id(), on).update();
        }
        events.publishEvent(new UnitsMerged(target.id(), List.copyOf(sourceIds), on, actor.username(), now()));
    }

    /**
     * Splits a unit into new units under the same parent on a date (1 to N); each open child goes to the part chosen
     * for it, and the split unit ends the day before.
     */
    public List<UUID> split(Actor actor, UUID unitId, Split split) {
        LocalDate on = required(split.effectiveOn());
        OrgUnit source = load(actor, unitId);
        actor.require(source.path(), Role.UNIT_ADMIN);
        if (source.parentId() == null) {
            throw new RuleViolated("org.split.root");
        }
        if (source.validTo() != null || !source.isActiveOn(on.minusDays(1))) {
            throw new RuleViolated("org.unit.not-active-on", source.name(), on);
        }
        if (split.parts().size() < 2) {
            throw InvalidInput.field("parts", "org.split.too-few-parts");
        }
        Set<String> codes = new HashSet<>();
        for (Split.Part part : split.parts()) {
            if (part.code() != null && !codes.add(part.code().strip())) {
                throw new Conflict("org.unit.code-duplicate", part.code());
            }
        }
        List<OrgUnit> children = openChildren(source.id());
        for (OrgUnit child : children) {
            Integer index = split.childParts().get(child.id());
            if (index == null || index < 0 || index >= split.parts().size()) {
                throw InvalidInput.field("childParts", "org.split.child-unassigned", child.name());
            }
        }
        OrgUnit parent = units.findById(source.parentId()).orElseThrow(UnitNotFound::new);
        List<OrgUnit> parts = new ArrayList<>();
        for (Split.Part part : split.parts()) {
            UnitKind kind = part.kind() == null ? source.kind() : part.kind();
            parts.add(establish(new NewUnit(part.code(), part.name(), part.shortName(), kind, parent.id(), on, null), parent));
        }
        for (OrgUnit child : children) {
            OrgUnit part = parts.get(split.childParts().get(child.id()));
            if (!child.kind().mayBePlacedUnder(part.kind())) {
                throw new RuleViolated("org.merge.child-does-not-fit", child.name(), part.name());
            }
            transfer(child, part, on);
        }
        source = units.findById(source.id()).orElseThrow();
        source.close(on);
        endLeadership(source, on);
        units.save(source);
        for (OrgUnit part : parts) {
            jdbc.sql("insert into org_unit_lineage (predecessor_id, successor_id, effective_on, kind) values (?, ?, ?, 'SPLIT')")
                    .params(source.id(), part.id(), on).update();
            events.publishEvent(new UnitEstablished(part.id(), part.code(), actor.username(), now()));
        }
        List<UUID> partIds = parts.stream().map(OrgUnit::id).toList();
        events.publishEvent(new UnitSplit(source.id(), partIds, on, actor.username(), now()));
        return partIds;
    }

    /** Ends a unit without a successor; its open children must have been moved or dissolved first. */
    public void dissolve(Actor actor, UUID unitId, LocalDate on) {
        OrgUnit unit = load(actor, unitId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        if (!openChildren(unit.id()).isEmpty()) {
            throw new RuleViolated("org.unit.has-open-children", unit.name());
        }
        unit.close(required(on));
        endLeadership(unit, on);
        units.save(unit);
        events.publishEvent(new UnitDissolved(unit.id(), on, actor.username(), now()));
    }

    /** Designates a staff member of the unit as its mobilisation leader from a date on. */
    public void designateLeader(Actor actor, UUID unitId, UUID staffId, LocalDate from) {
        OrgUnit unit = load(actor, unitId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        if (staffId == null) {
            throw InvalidInput.field("staffId", "org.leader.staff-required");
        }
        StaffMember member = staff.findById(staffId).orElseThrow(StaffNotFound::new);
        if (!member.unitId().equals(unit.id())) {
            throw new RuleViolated("org.leader.staff-not-in-unit", member.fullName(), unit.name());
        }
        LocalDate start = from == null ? today() : from;
        unit.designateLeader(staffId, start, actor.username(), now());
        units.save(unit);
        events.publishEvent(new LeaderDesignated(unit.id(), staffId, start, actor.username(), now()));
    }

    /** Adds a person to a unit's staff. */
    public UUID addStaff(Actor actor, UUID unitId, StaffDetails details) {
        OrgUnit unit = load(actor, unitId);
        actor.require(unit.path(), Role.UNIT_ADMIN);
        if (unit.validTo() != null) {
            throw new RuleViolated("org.unit.closed", unit.name());
        }
        StaffMember member = staff.save(StaffMember.join(unit.id(), details, now()));
        events.publishEvent(new StaffChanged(unit.id(), member.id(), "joined",
                List.of("fullName", "position", "email", "phone"), actor.username(), now()));
        return member.id();
    }

    /** Changes a staff member's details, refusing if someone else saved them since they were read. */
    public void describeStaff(Actor actor, UUID staffId, StaffDetails details, Long version) {
        StaffMember member = loadStaff(actor, staffId);
        if (version != null && !version.equals(member.version())) {
            throw new ConcurrentChange();
        }
        member.describe(details);
        staff.save(member);
        events.publishEvent(new StaffChanged(member.unitId(), member.id(), "described",
                List.of("fullName", "position", "email", "phone"), actor.username(), now()));
    }

    /** Removes a person who never led the unit; a leader's record stays for the history of designations. */
    public void removeStaff(Actor actor, UUID staffId) {
        StaffMember member = loadStaff(actor, staffId);
        Integer terms = jdbc.sql("select count(*) from org_unit_leader where staff_id = ?").param(staffId)
                .query(Integer.class).single();
        if (terms > 0) {
            throw new RuleViolated("org.staff.has-leadership-history", member.fullName());
        }
        if (member.accountId() != null) {
            throw new RuleViolated("org.staff.has-account", member.fullName());
        }
        staff.delete(member);
        events.publishEvent(new StaffChanged(member.unitId(), member.id(), "left", List.of(), actor.username(), now()));
    }

    /**
     * Links a staff member to the account they sign in with (or unlinks with null); the caller has checked that the
     * actor administers both.
     */
    public void linkAccount(Actor actor, UUID staffId, UUID accountId) {
        StaffMember member = loadStaff(actor, staffId);
        member.linkAccount(accountId);
        staff.save(member);
        events.publishEvent(new StaffChanged(member.unitId(), member.id(), "account-linked", List.of("account"),
                actor.username(), now()));
    }

    private StaffMember loadStaff(Actor actor, UUID staffId) {
        StaffMember member = staff.findById(staffId).orElseThrow(StaffNotFound::new);
        OrgUnit unit = units.findById(member.unitId()).orElseThrow(StaffNotFound::new);
        if (!actor.sees(unit.path())) {
            throw new StaffNotFound();
        }
        actor.require(unit.path(), Role.UNIT_ADMIN);
        return member;
    }

    private void transfer(OrgUnit child, OrgUnit newParent, LocalDate on) {
        String oldPath = child.transferTo(newParent, on);
        units.save(child);
        followPath(child, oldPath);
    }

    private void endLeadership(OrgUnit unit, LocalDate on) {
        unit.currentLeaderTerm().ifPresent(term -> unit.endLeadership(term.staffId(), on));
    }

    private List<OrgUnit> openChildren(UUID parentId) {
        List<UUID> ids = jdbc.sql("select id from org_unit where parent_id = ? and valid_to is null").param(parentId)
                .query(UUID.class).list();
        return units.findAllById(ids);
    }

    /** The subtree of a unit whose path changed follows it; concurrent editors of those units are told to reload. */
    private void followPath(OrgUnit unit, String oldPath) {
        if (oldPath.equals(unit.path())) {
            return;
        }
        jdbc.sql("""
                update org_unit set path = :newPath || substr(path, :cut), depth = depth + :delta, version = version + 1
                where path like :oldPrefix and id <> :id""")
                .param("newPath", unit.path())
                .param("cut", oldPath.length() + 1)
                .param("delta", unit.level() - (oldPath.chars().filter(c -> c == '/').count() - 2))
                .param("oldPrefix", oldPath + "%")
                .param("id", unit.id())
                .update();
    }

    OrgUnit load(Actor actor, UUID unitId) {
        if (unitId == null) {
            throw new UnitNotFound();
        }
        OrgUnit unit = units.findById(unitId).orElseThrow(UnitNotFound::new);
        if (!actor.sees(unit.path())) {
            throw new UnitNotFound();
        }
        return unit;
    }

    private long nextSeq() {
        return jdbc.sql("select nextval('org_unit_seq')").query(Long.class).single();
    }

    private static LocalDate required(LocalDate date) {
        if (date == null) {
            throw InvalidInput.field("effectiveOn", "org.unit.effective-date-required");
        }
        return date;
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
