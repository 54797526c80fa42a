package vn.danvan.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of unit subtrees, given by the materialised paths of their roots; "everything" for system administrators.
 * It turns into one indexed SQL condition so that every query is scoped to the caller's units.
 */
public final class Scope {

    private static final Scope EVERYTHING = new Scope(true, List.of());

    private final boolean everything;
    private final List<String> roots;

    private Scope(boolean everything, List<String> roots) {
        this.everything = everything;
        this.roots = roots;
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    /** The subtrees under these paths, with nested ones folded into their ancestors. */
    public static Scope of(List<String> paths) {
        List<String> sorted = new ArrayList<>(paths.stream().distinct().sorted(Comparator.comparingInt(String::length)).toList());
        List<String> kept = new ArrayList<>();
        for (String path : sorted) {
            if (kept.stream().noneMatch(path::startsWith)) {
                kept.add(path);
            }
        }
        return new Scope(false, List.copyOf(kept));
    }

    public boolean isEverything() {
        return everything;
    }

    public boolean isEmpty() {
        return !everything && roots.isEmpty();
    }

    public List<String> roots() {
        return roots;
    }

    public boolean covers(String path) {
        return everything || (path != null && roots.stream().anyMatch(path::startsWith));
    }

    /** A named-parameter SQL condition on a column that holds a unit path. */
    public SqlCondition onPath(String pathColumn) {
        if (everything) {
            return new SqlCondition("1 = 1", Map.of());
        }
        if (roots.isEmpty()) {
            return new SqlCondition("1 = 0", Map.of());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            String name = "scope" + i;
            params.put(name, roots.get(i) + "%");
            terms.add(pathColumn + " like :" + name);
        }
        return new SqlCondition("(" + String.join(" or ", terms) + ")", params);
    }

    /**
     * A named-parameter SQL condition on a column that holds a unit id, through the organisation's unit table:
     * the one place outside the organisation module that knows where unit paths are kept.
     */
    public SqlCondition onUnit(String unitIdColumn) {
        if (everything) {
            return new SqlCondition("1 = 1", Map.of());
        }
        SqlCondition onPath = onPath("scope_unit.path");
        return new SqlCondition("exists (select 1 from org_unit scope_unit where scope_unit.id = " + unitIdColumn
                + " and " + onPath.sql() + ")", onPath.params());
    }

    /** A fragment of SQL with its named parameters. */
    public record SqlCondition(String sql, Map<String, Object> params) {
    }
}
