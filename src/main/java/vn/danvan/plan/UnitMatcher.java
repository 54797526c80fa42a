package vn.danvan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.VietnameseText;

/**
 * Matches unit names as a plan writes them to the tree, within the importing unit's province: without diacritics,
 * abbreviations against the initials of a name ("Sở LĐ-TB&XH", "UBND tỉnh", "MTTQ"), and "Sở" or "tỉnh" standing for
 * the importing department or its province ("Văn phòng Sở", "UBND tỉnh"). A name that fits no unit, or two units
 * equally well, stays unmatched with its best candidates for the person to choose.
 */
@Component
class UnitMatcher {

    private static final int MAX_CANDIDATES = 5;
    private static final int MAX_TOKENS = 24;

    private final OrgStructure org;
    private final Clock clock;

    UnitMatcher(OrgStructure org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** A unit name and what it matched: the unit, or none with the closest candidates. */
    record Match(String text, UnitSummary unit, List<UnitSummary> candidates) {
    }

    /** The units that may be meant, seen from the importing unit; built once per document. */
    Matching from(UUID importingUnitId) {
        LocalDate today = LocalDate.now(clock);
        UnitSummary importing = org.find(importingUnitId).orElseThrow(vn.danvan.org.UnitNotFound::new);
        List<UnitSummary> ancestry = ancestry(importing);
        UnitSummary top = ancestry.stream().filter(u -> u.kind() == UnitKind.PROVINCE).findFirst()
                .orElse(ancestry.get(ancestry.size() - 1));
        UnitSummary department = ancestry.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).findFirst().orElse(importing);
        UnitSummary province = top.kind() == UnitKind.PROVINCE ? top : null;
        return new Matching(importing, department, province, org.subtree(top.id(), today));
    }

    private List<UnitSummary> ancestry(UnitSummary unit) {
        List<UnitSummary> chain = new ArrayList<>();
        Optional<UnitSummary> current = Optional.of(unit);
        while (current.isPresent() && chain.size() < 32) {
            chain.add(current.get());
            UUID parent = current.get().parentId();
            current = parent == null ? Optional.empty() : org.find(parent);
        }
        return chain;
    }

    /** Matching against one pool of units. */
    static final class Matching {

        private final UnitSummary importing;
        private final List<Form> forms = new ArrayList<>();

        Matching(UnitSummary importing, UnitSummary department, UnitSummary province, List<UnitSummary> pool) {
            this.importing = importing;
            Map<UUID, UnitSummary> byId = new HashMap<>();
            pool.forEach(u -> byId.put(u.id(), u));
            List<Token> departmentName = tokens(department.name());
            List<Token> provinceName = province == null ? List.of() : placeName(tokens(province.name()));
            for (UnitSummary unit : pool) {
                List<Token> name = tokens(unit.name());
                add(unit, name, 10);
                if (unit.shortName() != null && !unit.shortName().isBlank()) {
                    add(unit, tokens(unit.shortName()), 10);
                }
                if (unit.id().equals(department.id())) {
                    add(unit, List.of(new Token("so", false)), 7);
                } else {
                    add(unit, replace(name, departmentName, List.of(new Token("so", false))), 9);
                }
                if (!provinceName.isEmpty()) {
                    List<Token> withoutPlace = replace(name, provinceName, List.of());
                    if (withoutPlace != name) {
                        add(unit, withoutPlace, 9);
                        if (withoutPlace.size() > 1 && withoutPlace.get(withoutPlace.size() - 1).word().equals("tinh")) {
                            add(unit, withoutPlace.subList(0, withoutPlace.size() - 1), 9);
                        }
                    }
                }
                UnitSummary parent = unit.parentId() == null ? null : byId.get(unit.parentId());
                if (parent != null) {
                    String word = parent.kind() == UnitKind.DEPARTMENT ? "so" : parent.kind() == UnitKind.PROVINCE ? "tinh" : null;
                    if (word != null) {
                        add(unit, join(name, List.of(new Token(word, false))), 8);
                    }
                    add(unit, join(name, tokens(parent.name())), 8);
                    if (parent.shortName() != null && !parent.shortName().isBlank()) {
                        add(unit, join(name, tokens(parent.shortName())), 8);
                    }
                }
            }
        }

        private void add(UnitSummary unit, List<Token> tokens, int weight) {
            if (!tokens.isEmpty() && tokens.size() <= MAX_TOKENS) {
                forms.add(new Form(unit, tokens, weight));
            }
        }

        /** The unit a name means, if exactly one fits best. */
        Match match(String text) {
            List<Token> query = tokens(text);
            if (query.isEmpty() || query.size() > MAX_TOKENS || query.get(0).word().equals("cac")) {
                return new Match(text, null, List.of());
            }
            Map<UUID, Scored> best = new HashMap<>();
            for (Form form : forms) {
                if (form.weight() > best.getOrDefault(form.unit().id(), Scored.NONE).weight() && matches(query, 0, form.tokens(), 0)) {
                    best.put(form.unit().id(), new Scored(form.unit(), form.weight(), closeness(form.unit())));
                }
            }
            List<Scored> ranked = best.values().stream()
                    .sorted(Comparator.comparingInt(Scored::weight).thenComparingInt(Scored::closeness).reversed()).toList();
            List<UnitSummary> candidates = ranked.stream().limit(MAX_CANDIDATES).map(Scored::unit).toList();
            if (ranked.isEmpty()) {
                return new Match(text, null, List.of());
            }
            boolean tie = ranked.size() > 1 && ranked.get(0).weight() == ranked.get(1).weight()
                    && ranked.get(0).closeness() == ranked.get(1).closeness();
            return tie ? new Match(text, null, candidates) : new Match(text, ranked.get(0).unit(), candidates);
        }

        /** How near a unit is to the importing unit: the length of the path they share. */
        private int closeness(UnitSummary unit) {
            String a = unit.path();
            String b = importing.path();
            int n = Math.min(a.length(), b.length());
            int i = 0;
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return i;
        }
    }

    private record Form(UnitSummary unit, List<Token> tokens, int weight) {
    }

    private record Scored(UnitSummary unit, int weight, int closeness) {
        static final Scored NONE = new Scored(null, 0, 0);
    }

    /** A word of a name without diacritics; an abbreviation ("UBND", "LĐ-TB&XH") keeps only its letters. */
    record Token(String word, boolean abbreviation) {
    }

    static List<Token> tokens(String name) {
        List<Token> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        for (String raw : name.strip().split("\\s+")) {
            int capitals = 0;
            for (int i = 0; i < raw.length(); i++) {
                if (Character.isUpperCase(raw.charAt(i))) {
                    capitals++;
                }
            }
            String folded = VietnameseText.fold(raw);
            if (capitals >= 2) {
                String letters = folded.replaceAll("[^a-z0-9]", "");
                if (!letters.isEmpty()) {
                    tokens.add(new Token(letters, true));
                }
                continue;
            }
            for (String word : folded.split("[^a-z0-9]+")) {
                if (!word.isEmpty()) {
                    tokens.add(new Token(word, false));
                }
            }
        }
        return tokens;
    }

    /** "Tỉnh Đồng Nai" as it appears inside other names: "đồng nai" (the kind word dropped). */
    private static List<Token> placeName(List<Token> province) {
        if (!province.isEmpty() && (province.get(0).word().equals("tinh") || province.get(0).word().equals("thanh"))) {
            return province.get(0).word().equals("thanh") && province.size() > 2 ? province.subList(2, province.size())
                    : province.subList(1, province.size());
        }
        return province;
    }

    private static List<Token> replace(List<Token> name, List<Token> part, List<Token> with) {
        if (part.isEmpty() || part.size() > name.size()) {
            return name;
        }
        for (int i = 0; i + part.size() <= name.size(); i++) {
            if (name.subList(i, i + part.size()).equals(part)) {
                List<Token> replaced = new ArrayList<>(name.subList(0, i));
                replaced.addAll(with);
                replaced.addAll(name.subList(i + part.size(), name.size()));
                return replaced;
            }
        }
        return name;
    }

    private static List<Token> join(List<Token> a, List<Token> b) {
        List<Token> joined = new ArrayList<>(a);
        joined.addAll(b);
        return joined;
    }

    /** Whether the query's tokens spell the form's, an abbreviation standing for the initials of several words. */
    static boolean matches(List<Token> q, int i, List<Token> f, int j) {
        if (i == q.size() || j == f.size()) {
            return i == q.size() && j == f.size();
        }
        Token a = q.get(i);
        Token b = f.get(j);
        if (a.abbreviation() == b.abbreviation()) {
            return a.word().equals(b.word()) && matches(q, i + 1, f, j + 1);
        }
        return a.abbreviation() ? initials(a.word(), "", f, j, q, i, false) : initials(b.word(), "", q, i, f, j, true);
    }

    /** Consumes words of {@code words} from {@code at} whose initials spell {@code abbreviation} ("và" may count or not). */
    private static boolean initials(String abbreviation, String spelled, List<Token> words, int at, List<Token> other,
            int otherAt, boolean swapped) {
        if (spelled.equals(abbreviation)) {
            return swapped ? matches(words, at, other, otherAt + 1) : matches(other, otherAt + 1, words, at);
        }
        if (at == words.size() || words.get(at).abbreviation()) {
            return false;
        }
        String word = words.get(at).word();
        String next = spelled + word.charAt(0);
        boolean taken = abbreviation.startsWith(next) && initials(abbreviation, next, words, at + 1, other, otherAt, swapped);
        return taken || word.equals("va") && initials(abbreviation, spelled, words, at + 1, other, otherAt, swapped);
    }
}
