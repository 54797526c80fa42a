package vn.danvan.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * Reading petitions, always within the reader's units: lists and the overdue list, one petition with its petitioners
 * masked as the reader must see them, possible duplicates, and the share resolved on time by unit and period.
 */
@Service
@Transactional(readOnly = true)
public class PetitionQueries {

    private static final String MASKED = null;
    private static final int DUPLICATE_CANDIDATES = 500;
    private static final int SIMILAR_PERCENT = 50;

    private final JdbcClient jdbc;
    private final PetitionDesk desk;
    private final DeadlineRules rules;
    private final WorkingCalendar calendar;
    private final OrgStructure org;
    private final Clock clock;

    PetitionQueries(JdbcClient jdbc, PetitionDesk desk, DeadlineRules rules, WorkingCalendar calendar, OrgStructure org,
            Clock clock) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.rules = rules;
        this.calendar = calendar;
        this.org = org;
        this.clock = clock;
    }

    /** Petitions in the reader's units matching the filter, newest first (overdue ones: most overdue first). */
    public PageOf<PetitionSummary> list(Actor actor, PetitionFilter filter, Paging paging) {
        LocalDate today = LocalDate.now(clock);
        Scope.SqlCondition inScope = actor.scope().onUnit("p.unit_id");
        StringBuilder where = new StringBuilder(" from petition_case p where ").append(inScope.sql());
        Map<String, Object> params = new LinkedHashMap<>(inScope.params());
        if (filter.overdueOnly()) {
            where.append(" and p.is_open = true and p.due_on < :today");
            params.put("today", today);
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unitId() != null) {
            UnitSummary unit = org.visible(actor, filter.unitId());
            where.append(" and exists (select 1 from org_unit fu where fu.id = p.unit_id and fu.path like :unitPath)");
            params.put("unitPath", unit.path() + "%");
        }
        String folded = VietnameseText.fold(filter.query());
        if (!folded.isEmpty()) {
            if (folded.matches("dv-[a-z0-9]{5}-[a-z0-9]{5}")) {
                where.append(" and p.code = :code");
                params.put("code", folded.toUpperCase(java.util.Locale.ROOT));
            } else {
                String[] words = folded.split(" ");
                for (int i = 0; i < words.length && i < 8; i++) {
                    where.append(" and p.content_folded like :w").append(i);
                    params.put("w" + i, "%" + words[i].replace("%", "").replace("_", "") + "%");
                }
            }
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        String order = filter.overdueOnly() ? " order by p.due_on, p.id" : " order by p.received_on desc, p.created_at desc";
        List<PetitionSummary> items = jdbc.sql("select p.*, (select pp.full_name from petition_person pp where "
                        + "pp.petition_id = p.id and pp.seq = 0) as first_name, "
                        + "(select count(*) from petition_person pc where pc.petition_id = p.id) as people" + where + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> summary(rs, today)).list();
        return new PageOf<>(withUnitNames(items), paging.page(), paging.size(), total);
    }

    /** The open petitions past their due day, most overdue first. */
    public PageOf<PetitionSummary> overdue(Actor actor, Paging paging) {
        return list(actor, new PetitionFilter(null, null, null, null, true), paging);
    }

    private PetitionSummary summary(ResultSet rs, LocalDate today) throws SQLException {
        boolean open = rs.getBoolean("is_open");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        DeadlineClock.State state = !open || due == null ? DeadlineClock.State.STOPPED
                : due.isAfter(today) ? DeadlineClock.State.ON_TRACK
                : due.isEqual(today) ? DeadlineClock.State.DUE_TODAY : DeadlineClock.State.OVERDUE;
        String kind = rs.getString("kind");
        String name = rs.getBoolean("confidential") ? MASKED : rs.getString("first_name");
        int people = rs.getInt("people");
        return new PetitionSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("unit_id", UUID.class),
                null, kind == null ? null : PetitionKind.valueOf(kind), PetitionStatus.valueOf(rs.getString("status")),
                rs.getObject("received_on", LocalDate.class), rs.getString("subject"),
                name == null ? null : people > 1 ? name + " (+" + (people - 1) + ")" : name, due, state,
                rs.getBoolean("repeated"), rs.getBoolean("complex_mass"), rs.getString("handler_name"));
    }

    private List<PetitionSummary> withUnitNames(List<PetitionSummary> items) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (PetitionSummary item : items) {
            names.computeIfAbsent(item.unitId(), id -> org.find(id).map(UnitSummary::name).orElse(""));
        }
        return items.stream().map(p -> new PetitionSummary(p.id(), p.code(), p.unitId(), names.get(p.unitId()), p.kind(),
                p.status(), p.receivedOn(), p.subject(), p.petitioner(), p.dueOn(), p.clock(), p.repeated(),
                p.complexMass(), p.handlerName())).toList();
    }

    /** One petition; names and addresses of a confidential identity, and every ID number, masked. */
    public PetitionView view(Actor actor, UUID id) {
        Petition p = desk.load(actor, id);
        String path = desk.unitPath(p);
        LocalDate today = LocalDate.now(clock);
        List<PersonView> people = p.petitioners().stream()
                .map(person -> new PersonView(person.fullName(), MASKED, person.address(), MASKED, true)).toList();
        return new PetitionView(p.id(), p.code(), p.unitId(), org.find(p.unitId()).map(UnitSummary::name).orElse(""),
                p.channel(), p.kind(), p.status(), p.receivedOn(), p.subject(), p.content(), p.isRemote(), p.complexity(),
                p.isSecondTime(), p.isConfidential(), p.isRepeated(), p.isComplexMass(),
                DeadlineClock.of(p.dueOn(), p.isOpen(), today, calendar), p.clockStep().name(),
                p.ruleId() == null ? null : rules.byId(p.ruleId()), p.periodDays() == null ? 0 : p.periodDays(),
                p.noticeDueOn(), p.extensions(), p.handlerUsername(), p.handlerName(), p.outcome(), p.decisionNumber(),
                p.decisionDate(), p.closedOn(), p.onTime(), p.forwardedTo(), p.forwardedFrom(), people, p.history(),
                attachments(p.id()), PetitionDesk.mayReveal(actor, p, path), p.version() == null ? 0 : p.version());
    }

    List<AttachmentView> attachments(UUID petitionId) {
        return jdbc.sql("select id, file_name, media_type, byte_size, added_at from petition_attachment where petition_id = ? "
                + "order by added_at").param(petitionId)
                .query((rs, n) -> new AttachmentView(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("byte_size"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /**
     * Petitions within twelve months of this one, among the reader's units, from the same petitioner (same ID number)
     * or with very similar content read without diacritics — shown before it is accepted.
     */
    public List<Duplicate> duplicates(Actor actor, UUID id) {
        Petition p = desk.load(actor, id);
        LocalDate from = p.receivedOn().minusMonths(12);
        LocalDate to = p.receivedOn().plusMonths(12);
        Scope.SqlCondition inScope = actor.scope().onUnit("c.unit_id");
        List<Duplicate> found = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        seen.add(p.id());
        List<String> hashes = p.petitioners().stream().map(Petitioner::idHash).filter(h -> h != null).toList();
        if (!hashes.isEmpty()) {
            jdbc.sql("select distinct c.id, c.code, c.received_on, c.subject, c.status from petition_case c "
                            + "join petition_person pp on pp.petition_id = c.id where pp.id_hash in (:hashes) "
                            + "and c.received_on between :from and :to and " + inScope.sql())
                    .params(inScope.params()).param("hashes", hashes).param("from", from).param("to", to)
                    .query((rs, n) -> duplicate(rs, Duplicate.Reason.SAME_PETITIONER, 100)).list().stream()
                    .filter(d -> seen.add(d.id())).forEach(found::add);
        }
        Set<String> mine = shingles(p.contentFolded());
        jdbc.sql("select c.id, c.code, c.received_on, c.subject, c.status, c.content_folded from petition_case c "
                        + "where c.received_on between :from and :to and c.id <> :id and " + inScope.sql()
                        + " order by c.received_on desc limit " + DUPLICATE_CANDIDATES)
                .params(inScope.params()).param("from", from).param("to", to).param("id", p.id())
                .query((rs, n) -> {
                    int similarity = similarity(mine, shingles(rs.getString("content_folded")));
                    return similarity >= SIMILAR_PERCENT ? duplicate(rs, Duplicate.Reason.SIMILAR_CONTENT, similarity) : null;
                }).list().stream().filter(d -> d != null && seen.add(d.id())).forEach(found::add);
        found.sort(Comparator.comparing(Duplicate::similarityPercent).reversed().thenComparing(Duplicate::receivedOn));
        return found;
    }

    private static Duplicate duplicate(ResultSet rs, Duplicate.Reason reason, int similarity) throws SQLException {
        return new Duplicate(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("received_on", LocalDate.class),
                rs.getString("subject"), PetitionStatus.valueOf(rs.getString("status")), reason, similarity);
    }

    /** Word pairs of a folded text, and its words, so that short texts compare too. */
    static Set<String> shingles(String folded) {
        String[] words = folded == null ? new String[0] : folded.replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                shingles.add(words[i]);
                if (i + 1 < words.length) {
                    shingles.add(words[i] + " " + words[i + 1]);
                }
            }
        }
        return shingles;
    }

    /** Jaccard similarity of two shingle sets, in percent. */
    static int similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (int) Math.round(100.0 * common / (a.size() + b.size() - common));
    }

    /**
     * For each unit among the reader's, the petitions received in the period: closed, closed on time, and still open
     * past their due day; the rate is on time ÷ (closed + overdue).
     */
    public List<OnTimeRate> onTimeRates(Actor actor, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.field("to", "petition.period.invalid");
        }
        Scope.SqlCondition inScope = actor.scope().onUnit("p.unit_id");
        return jdbc.sql("select p.unit_id, u.name, "
                        + "sum(case when p.is_open = false then 1 else 0 end) as closed, "
                        + "sum(case when p.is_open = false and p.on_time = true then 1 else 0 end) as on_time, "
                        + "sum(case when p.is_open = true and p.due_on < :today then 1 else 0 end) as overdue "
                        + "from petition_case p join org_unit u on u.id = p.unit_id "
                        + "where p.received_on between :from and :to and " + inScope.sql()
                        + " group by p.unit_id, u.name order by u.name")
                .params(inScope.params()).param("from", from).param("to", to).param("today", LocalDate.now(clock))
                .query((rs, n) -> OnTimeRate.of(rs.getObject("unit_id", UUID.class), rs.getString("name"),
                        rs.getLong("closed"), rs.getLong("on_time"), rs.getLong("overdue"))).list();
    }
}
