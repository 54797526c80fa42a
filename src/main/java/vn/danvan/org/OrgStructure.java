package vn.danvan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.Actor;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;

/**
 * Reading the organisation tree, scoped to what the actor may see: as of any date, by search, with each unit's history,
 * and the questions other modules ask of it (paths for scoping, successors of merged units).
 */
@Service
@Transactional(readOnly = true)
public class OrgStructure {

    static final String UNIT_COLUMNS = "u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.path, u.depth, "
            + "u.valid_from, u.valid_to, u.version";
    private static final String ACTIVE = "(u.valid_from is null or u.valid_from <= :on) and (u.valid_to is null or u.valid_to > :on)";
    private static final Comparator<String> BY_NAME = VietnameseText.order();

    private final JdbcClient jdbc;
    private final Clock clock;

    OrgStructure(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<UnitSummary> find(UUID id) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.id = ?").param(id)
                .query(OrgStructure::summary).optional();
    }

    public Optional<UnitSummary> findByCode(String code) {
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.code = ?").param(code)
                .query(OrgStructure::summary).optional();
    }

    /** The unit, if the actor may see it; otherwise as if it did not exist. */
    public UnitSummary visible(Actor actor, UUID id) {
        if (id == null) {
            throw new UnitNotFound();
        }
        return find(id).filter(unit -> actor.sees(unit.path())).orElseThrow(UnitNotFound::new);
    }

    /** The materialised paths of these units, for building an actor's grants. */
    public Map<UUID, String> pathsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> paths = new HashMap<>();
        jdbc.sql("select id, path from org_unit where id in (:ids)").param("ids", ids)
                .query((rs, n) -> paths.put(rs.getObject("id", UUID.class), rs.getString("path"))).list();
        return paths;
    }

    /** The tree's top as the actor sees it on a date: the nation for system administrators, else their own units. */
    public List<TreeNode> roots(Actor actor, LocalDate on, boolean includeClosed) {
        Scope scope = actor.scope();
        String where;
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope.isEverything()) {
            where = "u.parent_id is null";
        } else if (scope.isEmpty()) {
            return List.of();
        } else {
            where = "u.path in (:roots)";
            params.put("roots", scope.roots());
        }
        return nodes(where, params, on, includeClosed, false);
    }

    /** The children of a unit on a date (from the placement history), or all it has had when closed ones are included. */
    public List<TreeNode> children(Actor actor, UUID parentId, LocalDate on, boolean includeClosed) {
        UnitSummary parent = visible(actor, parentId);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("parent", parent.id());
        List<TreeNode> nodes = includeClosed
                ? nodes("u.parent_id = :parent", params, on, true, false)
                : nodes("p.parent_id = :parent", params, on, false, true);
        Set<UUID> visible = new HashSet<>(pathsOf(nodes.stream().map(TreeNode::id).toList()).entrySet().stream()
                .filter(e -> actor.sees(e.getValue())).map(Map.Entry::getKey).toList());
        return nodes.stream().filter(node -> visible.contains(node.id())).toList();
    }

    private List<TreeNode> nodes(String where, Map<String, Object> params, LocalDate on, boolean includeClosed,
            boolean byPlacement) {
        String childExists = includeClosed
                ? "exists (select 1 from org_unit c where c.parent_id = u.id)"
                : """
                  exists (select 1 from org_unit_placement cp join org_unit c on c.id = cp.unit_id where cp.parent_id = u.id
                    and (cp.valid_from is null or cp.valid_from <= :on) and (cp.valid_to is null or cp.valid_to > :on)
                    and (c.valid_from is null or c.valid_from <= :on) and (c.valid_to is null or c.valid_to > :on))""";
        String from = byPlacement
                ? "org_unit_placement p join org_unit u on u.id = p.unit_id"
                : "org_unit u";
        StringBuilder sql = new StringBuilder("select u.id, u.code, u.name, u.short_name, u.kind, u.valid_from, u.valid_to, ")
                .append("case when ").append(childExists).append(" then 1 else 0 end as has_children from ").append(from)
                .append(" where ").append(where);
        if (byPlacement) {
            sql.append(" and (p.valid_from is null or p.valid_from <= :on) and (p.valid_to is null or p.valid_to > :on)");
        }
        if (!includeClosed) {
            sql.append(" and ").append(ACTIVE);
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).params(params).param("on", on);
        List<TreeNode> nodes = new ArrayList<>(statement.query((rs, n) -> new TreeNode(rs.getObject("id", UUID.class),
                rs.getString("code"), rs.getString("name"), rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getInt("has_children") == 1)).list());
        nodes.sort(Comparator.comparing(TreeNode::isClosed).thenComparing(TreeNode::kind, Comparator.comparing(UnitKind::isTerritory))
                .thenComparing(TreeNode::name, BY_NAME));
        return nodes;
    }

    /**
     * Units whose name, short name or code contains every word of the query, without diacritics, among those the actor
     * sees (active on the date unless closed ones are included).
     */
    public List<SearchHit> search(Actor actor, String query, LocalDate on, boolean includeClosed, int limit) {
        return hits(search(actor.scope(), query, null, on, includeClosed, limit));
    }

    /** Units the actor may act on with one of the roles, active today, matching the query; for choosing a unit. */
    public List<SearchHit> candidates(Actor actor, String query, UnitKind kind, int limit, Role... roles) {
        return hits(search(actor.scope(roles), query, kind, today(), false, limit));
    }

    private List<UnitSummary> search(Scope scope, String query, UnitKind kind, LocalDate on, boolean includeClosed, int limit) {
        String folded = VietnameseText.fold(query);
        StringBuilder sql = new StringBuilder("select " + UNIT_COLUMNS + " from org_unit u where ");
        Scope.SqlCondition inScope = scope.onPath("u.path");
        sql.append(inScope.sql());
        Map<String, Object> params = new LinkedHashMap<>(inScope.params());
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        for (int i = 0; i < words.length && i < 8; i++) {
            String name = "w" + i;
            sql.append(" and (u.name_folded like :").append(name).append(" escape '\\' or lower(u.code) like :")
                    .append(name).append(" escape '\\' or lower(coalesce(u.short_name, '')) like :").append(name)
                    .append(" escape '\\')");
            params.put(name, "%" + escapeLike(words[i]) + "%");
        }
        if (kind != null) {
            sql.append(" and u.kind = :kind");
            params.put("kind", kind.name());
        }
        if (!includeClosed) {
            sql.append(" and ").append(ACTIVE);
            params.put("on", on);
        }
        sql.append(" order by u.depth, u.name limit ").append(Math.max(1, Math.min(limit, 500)));
        List<UnitSummary> found = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(OrgStructure::summary).list());
        found.sort(Comparator.comparingInt(UnitSummary::level).thenComparing(UnitSummary::name, BY_NAME));
        return found;
    }

    private List<SearchHit> hits(List<UnitSummary> units) {
        Map<Long, String> names = namesBySeq(units.stream().map(UnitSummary::path).toList());
        return units.stream().map(unit -> new SearchHit(unit, trail(unit.path(), names))).toList();
    }

    /** A page of units for the API: search results, a unit's children, or the actor's top units. */
    public PageOf<UnitSummary> list(Actor actor, UUID parentId, String query, LocalDate on, boolean includeClosed,
            Paging paging) {
        List<UnitSummary> all;
        if (query != null && !query.isBlank()) {
            all = search(actor.scope(), query, null, on, includeClosed, Paging.MAX_SIZE);
        } else {
            List<TreeNode> nodes = parentId == null ? roots(actor, on, includeClosed)
                    : children(actor, parentId, on, includeClosed);
            Map<UUID, UnitSummary> byId = byIds(nodes.stream().map(TreeNode::id).toList());
            all = nodes.stream().map(node -> byId.get(node.id())).filter(java.util.Objects::nonNull).toList();
        }
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    /** Everything a unit's page shows. */
    public UnitDetails details(Actor actor, UUID id) {
        UnitSummary unit = visible(actor, id);
        List<Long> ancestorSeqs = seqs(unit.path());
        ancestorSeqs.remove(ancestorSeqs.size() - 1);
        List<UnitSummary> ancestors = ancestorSeqs.isEmpty() ? List.of()
                : jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.seq in (:seqs) order by u.depth")
                        .param("seqs", ancestorSeqs).query(OrgStructure::summary).list().stream()
                        .filter(a -> actor.sees(a.path())).toList();
        List<UnitSummary> children = new ArrayList<>(jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.parent_id = ?")
                .param(unit.id()).query(OrgStructure::summary).list());
        children.sort(Comparator.comparing(UnitSummary::isClosed).thenComparing(UnitSummary::name, BY_NAME));
        List<UnitDetails.PlacementEntry> placements = jdbc.sql("""
                select p.parent_id, pu.name as parent_name, p.valid_from, p.valid_to from org_unit_placement p
                left join org_unit pu on pu.id = p.parent_id where p.unit_id = ?
                order by p.valid_from nulls first""").param(unit.id())
                .query((rs, n) -> new UnitDetails.PlacementEntry(rs.getObject("parent_id", UUID.class), rs.getString("parent_name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class))).list();
        List<UnitDetails.ShortNameEntry> shortNames = jdbc.sql("""
                select short_name, valid_from, valid_to from org_unit_short_name where unit_id = ? order by valid_from nulls first""")
                .param(unit.id()).query((rs, n) -> new UnitDetails.ShortNameEntry(rs.getString("short_name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class))).list();
        List<UnitDetails.LineageEntry> predecessors = lineage("successor_id", "predecessor_id", unit.id());
        List<UnitDetails.LineageEntry> successors = lineage("predecessor_id", "successor_id", unit.id());
        List<UnitDetails.LeaderEntry> leaders = jdbc.sql("""
                select l.staff_id, s.full_name, s.position, l.valid_from, l.valid_to, l.designated_by, l.designated_at
                from org_unit_leader l join staff s on s.id = l.staff_id where l.unit_id = ? order by l.valid_from desc""")
                .param(unit.id()).query((rs, n) -> new UnitDetails.LeaderEntry(rs.getObject("staff_id", UUID.class),
                        rs.getString("full_name"), rs.getString("position"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("designated_by"),
                        rs.getTimestamp("designated_at").toInstant())).list();
        List<UnitDetails.StaffEntry> staff = new ArrayList<>(staff(unit.id()));
        return new UnitDetails(unit, ancestors, children, placements, shortNames, predecessors, successors, leaders, staff);
    }

    /** The staff of a unit, sorted by name. */
    public List<UnitDetails.StaffEntry> staff(UUID unitId) {
        List<UnitDetails.StaffEntry> staff = new ArrayList<>(jdbc.sql("""
                select id, full_name, position, email, phone, account_id, version from staff where unit_id = ?""")
                .param(unitId).query((rs, n) -> new UnitDetails.StaffEntry(rs.getObject("id", UUID.class),
                        rs.getString("full_name"), rs.getString("position"), rs.getString("email"), rs.getString("phone"),
                        rs.getObject("account_id", UUID.class), rs.getLong("version"))).list());
        staff.sort(Comparator.comparing(UnitDetails.StaffEntry::fullName, BY_NAME));
        return staff;
    }

    /** A staff member, if the actor sees their unit. */
    public Optional<UnitDetails.StaffEntry> staffMember(Actor actor, UUID staffId) {
        return jdbc.sql("select s.unit_id, u.path from staff s join org_unit u on u.id = s.unit_id where s.id = ?")
                .param(staffId).query((rs, n) -> new Object[] { rs.getObject("unit_id", UUID.class), rs.getString("path") })
                .optional().filter(row -> actor.sees((String) row[1]))
                .flatMap(row -> staff((UUID) row[0]).stream().filter(s -> s.id().equals(staffId)).findFirst());
    }

    /** The unit a staff member belongs to. */
    public Optional<UUID> unitOfStaff(UUID staffId) {
        return jdbc.sql("select unit_id from staff where id = ?").param(staffId).query(UUID.class).optional();
    }

    private List<UnitDetails.LineageEntry> lineage(String selfColumn, String otherColumn, UUID id) {
        return jdbc.sql("select u.id, u.code, u.name, l.effective_on, l.kind from org_unit_lineage l join org_unit u on u.id = l."
                + otherColumn + " where l." + selfColumn + " = ? order by l.effective_on, u.name").param(id)
                .query((rs, n) -> new UnitDetails.LineageEntry(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("name"), rs.getObject("effective_on", LocalDate.class), rs.getString("kind"))).list();
    }

    /**
     * The units under a root, active on a date, that have no designated mobilisation leader then; territories are left
     * out unless asked for, since leaders are designated in bodies.
     */
    public LeaderCoverage leaderCoverage(Actor actor, UUID rootId, LocalDate on, boolean includeTerritories) {
        UnitSummary root = visible(actor, rootId);
        String territoryFilter = includeTerritories ? "" : " and u.kind not in ('NATION', 'PROVINCE', 'DISTRICT', 'COMMUNE')";
        String base = " from org_unit u where u.path like :prefix and " + ACTIVE + territoryFilter;
        String led = "exists (select 1 from org_unit_leader l where l.unit_id = u.id and l.valid_from <= :on "
                + "and (l.valid_to is null or l.valid_to > :on))";
        int total = jdbc.sql("select count(*)" + base).param("prefix", root.path() + "%").param("on", on)
                .query(Integer.class).single();
        List<UnitSummary> gaps = new ArrayList<>(jdbc.sql("select " + UNIT_COLUMNS + base + " and not " + led)
                .param("prefix", root.path() + "%").param("on", on).query(OrgStructure::summary).list());
        gaps.sort(Comparator.comparing(UnitSummary::path));
        Map<Long, String> names = namesBySeq(gaps.stream().map(UnitSummary::path).toList());
        List<LeaderGap> entries = gaps.stream().map(u -> new LeaderGap(u, trail(u.path(), names))).toList();
        return new LeaderCoverage(root, on, total, total - gaps.size(), entries);
    }

    /** Units of a subtree (the root included), active on a date. */
    public List<UnitSummary> subtree(UUID rootId, LocalDate on) {
        UnitSummary root = find(rootId).orElseThrow(UnitNotFound::new);
        return jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.path like :prefix and " + ACTIVE
                + " order by u.path").param("prefix", root.path() + "%").param("on", on).query(OrgStructure::summary).list();
    }

    /**
     * The units that carry on a unit's work on a date: itself while it exists, else the successors it merged or split
     * into, followed transitively.
     */
    public Set<UUID> successorsOn(UUID unitId, LocalDate on) {
        Set<UUID> result = new LinkedHashSet<>();
        Set<UUID> seen = new HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(unitId));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            List<UUID> next = jdbc.sql("select successor_id from org_unit_lineage where predecessor_id = ? and effective_on <= ?")
                    .params(id, on).query(UUID.class).list();
            if (next.isEmpty()) {
                find(id).filter(u -> u.isActiveOn(on)).ifPresent(u -> result.add(u.id()));
            } else {
                next.forEach(todo::push);
            }
        }
        return result;
    }

    /** Units that merged or split into this one, directly. */
    public List<UnitDetails.LineageEntry> predecessors(UUID unitId) {
        return lineage("successor_id", "predecessor_id", unitId);
    }

    private Map<UUID, UnitSummary> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UnitSummary> byId = new HashMap<>();
        jdbc.sql("select " + UNIT_COLUMNS + " from org_unit u where u.id in (:ids)").param("ids", ids)
                .query(OrgStructure::summary).list().forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    private Map<Long, String> namesBySeq(List<String> paths) {
        Set<Long> seqs = new HashSet<>();
        paths.forEach(path -> seqs.addAll(seqs(path)));
        if (seqs.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> all = new ArrayList<>(seqs);
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select seq, name from org_unit where seq in (:seqs)").param("seqs", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) -> names.put(rs.getLong("seq"), rs.getString("name"))).list();
        }
        return names;
    }

    private static List<String> trail(String path, Map<Long, String> names) {
        List<Long> seqs = seqs(path);
        return seqs.subList(0, seqs.size() - 1).stream().map(names::get).filter(java.util.Objects::nonNull).toList();
    }

    static List<Long> seqs(String path) {
        List<Long> seqs = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                seqs.add(Long.parseLong(part));
            }
        }
        return seqs;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static UnitSummary summary(ResultSet rs, int row) throws SQLException {
        return new UnitSummary(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("short_name"), UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", UUID.class),
                rs.getString("path"), rs.getInt("depth"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getLong("version"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
