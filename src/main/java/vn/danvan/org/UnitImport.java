package vn.danvan.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.Role;
import vn.danvan.shared.TableFile;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.VietnameseText;

/**
 * Importing units from a CSV or XLSX table: every row is checked first and reported by row, column and message;
 * when any row is bad, nothing is imported.
 */
@Service
public class UnitImport {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The columns of the table, each known by its English and Vietnamese header. */
    enum Column {
        CODE("code", "ma", "ma don vi"), NAME("name", "ten", "ten don vi"),
        SHORT_NAME("short_name", "ten viet tat", "ky hieu", "short name"), KIND("kind", "loai", "loai don vi"),
        PARENT_CODE("parent_code", "ma don vi cha", "ma cap tren", "parent code", "parent"),
        VALID_FROM("valid_from", "hieu luc tu", "tu ngay", "valid from"),
        VALID_TO("valid_to", "hieu luc den", "den ngay", "valid to");

        private final Set<String> headers;

        Column(String... headers) {
            this.headers = Set.of(headers);
        }
    }

    /** What was wrong with one cell or row: the row number as in the file (header is row 1) and the column. */
    public record RowProblem(int row, String column, String code, Object[] args) {
    }

    /** The outcome of checking or importing a table. */
    public record ImportReport(int rows, int imported, List<RowProblem> problems) {

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private record Row(int number, String code, String name, String shortName, UnitKind kind, String parentCode,
            LocalDate validFrom, LocalDate validTo) {
    }

    private final OrgManagement management;
    private final OrgUnits units;

    UnitImport(OrgManagement management, OrgUnits units) {
        this.management = management;
        this.units = units;
    }

    /** Checks a table without changing anything. */
    @Transactional(readOnly = true)
    public ImportReport check(Actor actor, byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        List<Row> rows = parse(actor, content, problems);
        return new ImportReport(rows.size(), 0, problems);
    }

    /** Imports every row of a clean table, parents before children, or nothing at all. */
    @Transactional
    public ImportReport importUnits(Actor actor, byte[] content) {
        List<RowProblem> problems = new ArrayList<>();
        List<Row> rows = parse(actor, content, problems);
        if (!problems.isEmpty()) {
            return new ImportReport(rows.size(), 0, problems);
        }
        Map<String, UUID> ids = new HashMap<>();
        for (Row row : inParentOrder(rows)) {
            UUID parentId = row.parentCode() == null ? null
                    : ids.containsKey(row.parentCode()) ? ids.get(row.parentCode())
                            : units.findByCode(row.parentCode()).map(OrgUnit::id).orElse(null);
            ids.put(row.code(), management.establish(actor, new NewUnit(row.code(), row.name(), row.shortName(), row.kind(),
                    parentId, row.validFrom(), row.validTo())));
        }
        return new ImportReport(rows.size(), rows.size(), List.of());
    }

    private List<Row> parse(Actor actor, byte[] content, List<RowProblem> problems) {
        if (content != null && content.length > MAX_BYTES) {
            throw new TooLarge("org.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> table;
        try {
            table = TableFile.read(content, MAX_ROWS + 1);
        } catch (TableFile.FormulaFound e) {
            problems.add(new RowProblem((Integer) e.args()[0], columnLetter((Integer) e.args()[1]), e.code(), new Object[0]));
            return List.of();
        } catch (DomainException e) {
            problems.add(new RowProblem(0, "", e.code(), e.args()));
            return List.of();
        }
        if (table.isEmpty()) {
            problems.add(new RowProblem(0, "", "table.empty", new Object[0]));
            return List.of();
        }
        Map<Column, Integer> columns = header(table.get(0), problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = i + 1;
            Row row = row(number, cells, columns, problems);
            if (row != null) {
                if (!codes.add(row.code())) {
                    problems.add(new RowProblem(number, "code", "org.import.code-repeated", new Object[] { row.code() }));
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(0, "", "table.empty", new Object[0]));
        }
        checkParents(actor, rows, problems);
        problems.sort(Comparator.comparingInt(RowProblem::row));
        return rows;
    }

    private static Map<Column, Integer> header(List<String> cells, List<RowProblem> problems) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String folded = VietnameseText.fold(cells.get(i)).replace('-', '_');
            for (Column column : Column.values()) {
                if (column.headers.contains(folded) || column.headers.contains(folded.replace('_', ' '))) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        for (Column required : List.of(Column.CODE, Column.NAME, Column.KIND, Column.PARENT_CODE)) {
            if (!columns.containsKey(required)) {
                problems.add(new RowProblem(1, required.name().toLowerCase(), "org.import.column-missing",
                        new Object[] { required.name().toLowerCase() }));
            }
        }
        return columns;
    }

    private Row row(int number, List<String> cells, Map<Column, Integer> columns, List<RowProblem> problems) {
        int before = problems.size();
        String code = cell(cells, columns, Column.CODE);
        if (code.isEmpty()) {
            problems.add(problem(number, Column.CODE, "org.import.required"));
        } else if (!OrgUnit.CODE.matcher(code).matches()) {
            problems.add(problem(number, Column.CODE, "org.unit.code-invalid"));
        } else if (units.existsByCode(code)) {
            problems.add(problem(number, Column.CODE, "org.import.code-exists", code));
        }
        String name = VietnameseText.clean(cell(cells, columns, Column.NAME));
        if (name == null || name.isEmpty()) {
            problems.add(problem(number, Column.NAME, "org.import.required"));
        } else if (name.length() > OrgUnit.MAX_NAME) {
            problems.add(problem(number, Column.NAME, "org.unit.name-too-long", OrgUnit.MAX_NAME));
        }
        String shortName = cell(cells, columns, Column.SHORT_NAME);
        if (!shortName.isEmpty() && !OrgUnit.SHORT_NAME.matcher(shortName).matches()) {
            problems.add(problem(number, Column.SHORT_NAME, "org.unit.short-name-invalid"));
        }
        String kindText = cell(cells, columns, Column.KIND);
        Optional<UnitKind> kind = kind(kindText);
        if (kind.isEmpty()) {
            problems.add(problem(number, Column.KIND, kindText.isEmpty() ? "org.import.required" : "org.import.kind-unknown",
                    kindText));
        }
        String parentCode = cell(cells, columns, Column.PARENT_CODE);
        if (parentCode.isEmpty() && kind.isPresent() && kind.get() != UnitKind.NATION) {
            problems.add(problem(number, Column.PARENT_CODE, "org.import.required"));
        }
        LocalDate validFrom = date(number, cell(cells, columns, Column.VALID_FROM), Column.VALID_FROM, problems);
        LocalDate validTo = date(number, cell(cells, columns, Column.VALID_TO), Column.VALID_TO, problems);
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            problems.add(problem(number, Column.VALID_TO, "org.unit.validity-inverted"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(number, code, name, shortName.isEmpty() ? null : shortName, kind.get(),
                parentCode.isEmpty() ? null : parentCode, validFrom, validTo);
    }

    /** Each parent exists in the file or in the tree, fits the kind, is in the actor's scope, and there is no cycle. */
    private void checkParents(Actor actor, List<Row> rows, List<RowProblem> problems) {
        Map<String, Row> inFile = new HashMap<>();
        rows.forEach(row -> inFile.putIfAbsent(row.code(), row));
        for (Row row : rows) {
            if (row.parentCode() == null) {
                if (!actor.isSystemAdmin()) {
                    problems.add(problem(row.number(), Column.PARENT_CODE, "org.import.parent-out-of-scope", ""));
                }
                continue;
            }
            Row parentRow = inFile.get(row.parentCode());
            if (parentRow != null) {
                if (!row.kind().mayBePlacedUnder(parentRow.kind())) {
                    problems.add(problem(row.number(), Column.KIND, "org.import.kind-not-allowed", row.parentCode()));
                }
                continue;
            }
            Optional<OrgUnit> parent = units.findByCode(row.parentCode());
            if (parent.isEmpty() || !actor.sees(parent.get().path())) {
                problems.add(problem(row.number(), Column.PARENT_CODE, "org.import.parent-unknown", row.parentCode()));
            } else if (!actor.may(parent.get().path(), Role.UNIT_ADMIN)) {
                problems.add(problem(row.number(), Column.PARENT_CODE, "org.import.parent-out-of-scope", row.parentCode()));
            } else if (!row.kind().mayBePlacedUnder(parent.get().kind())) {
                problems.add(problem(row.number(), Column.KIND, "org.import.kind-not-allowed", row.parentCode()));
            } else if (parent.get().validTo() != null && (row.validTo() == null || row.validTo().isAfter(parent.get().validTo()))) {
                problems.add(problem(row.number(), Column.PARENT_CODE, "org.import.parent-closed", row.parentCode()));
            }
        }
        for (Row row : rows) {
            Set<String> seen = new HashSet<>();
            Row current = row;
            while (current != null && current.parentCode() != null) {
                if (!seen.add(current.code())) {
                    problems.add(problem(row.number(), Column.PARENT_CODE, "org.import.cycle", row.parentCode()));
                    break;
                }
                current = inFile.get(current.parentCode());
            }
        }
    }

    private static List<Row> inParentOrder(List<Row> rows) {
        Map<String, Row> byCode = new HashMap<>();
        rows.forEach(row -> byCode.put(row.code(), row));
        List<Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Row row : rows) {
            place(row, byCode, placed, ordered);
        }
        return ordered;
    }

    private static void place(Row row, Map<String, Row> byCode, Set<String> placed, List<Row> ordered) {
        List<Row> chain = new ArrayList<>();
        Row current = row;
        while (current != null && !placed.contains(current.code())) {
            chain.add(current);
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (placed.add(chain.get(i).code())) {
                ordered.add(chain.get(i));
            }
        }
    }

    private static Optional<UnitKind> kind(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(text);
        for (UnitKind kind : UnitKind.values()) {
            if (kind.name().equalsIgnoreCase(text.strip()) || KIND_NAMES.getOrDefault(kind, Set.of()).contains(folded)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Vietnamese names people write for each kind, without diacritics. */
    private static final Map<UnitKind, Set<String>> KIND_NAMES = Map.ofEntries(
            Map.entry(UnitKind.NATION, Set.of("quoc gia", "trung uong")),
            Map.entry(UnitKind.PROVINCE, Set.of("tinh", "thanh pho truc thuoc trung uong", "tinh, thanh pho", "cap tinh")),
            Map.entry(UnitKind.DISTRICT, Set.of("huyen", "quan", "thi xa", "cap huyen")),
            Map.entry(UnitKind.COMMUNE, Set.of("xa", "phuong", "dac khu", "thi tran", "cap xa", "xa, phuong, dac khu")),
            Map.entry(UnitKind.PARTY_COMMITTEE, Set.of("dang uy", "tinh uy", "thanh uy", "huyen uy", "cap uy")),
            Map.entry(UnitKind.PARTY_BOARD, Set.of("ban dan van", "ban tuyen giao va dan van", "ban dang")),
            Map.entry(UnitKind.PARTY_CELL, Set.of("chi bo")),
            Map.entry(UnitKind.PEOPLES_COUNCIL, Set.of("hdnd", "hoi dong nhan dan")),
            Map.entry(UnitKind.PEOPLES_COMMITTEE, Set.of("ubnd", "uy ban nhan dan")),
            Map.entry(UnitKind.DEPARTMENT, Set.of("so", "ban nganh", "so, ban, nganh")),
            Map.entry(UnitKind.OFFICE, Set.of("van phong")),
            Map.entry(UnitKind.DIVISION, Set.of("phong")),
            Map.entry(UnitKind.SUB_DEPARTMENT, Set.of("chi cuc")),
            Map.entry(UnitKind.PUBLIC_SERVICE_UNIT, Set.of("don vi su nghiep", "trung tam")),
            Map.entry(UnitKind.FATHERLAND_FRONT, Set.of("mttq", "mat tran to quoc")),
            Map.entry(UnitKind.TRADE_UNION, Set.of("cong doan")),
            Map.entry(UnitKind.YOUTH_UNION, Set.of("doan thanh nien", "doan tncs ho chi minh")),
            Map.entry(UnitKind.VETERANS_ASSOCIATION, Set.of("hoi cuu chien binh", "hoi ccb")),
            Map.entry(UnitKind.WOMENS_UNION, Set.of("hoi phu nu", "hoi lien hiep phu nu")),
            Map.entry(UnitKind.FARMERS_ASSOCIATION, Set.of("hoi nong dan")),
            Map.entry(UnitKind.OTHER, Set.of("khac")));

    private static LocalDate date(int number, String text, Column column, List<RowProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(number, column, "org.import.date-invalid", text));
            return null;
        }
    }

    private static String cell(List<String> cells, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static RowProblem problem(int row, Column column, String code, Object... args) {
        return new RowProblem(row, column.name().toLowerCase(), code, args);
    }

    private static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
