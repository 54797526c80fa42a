package vn.danvan.org;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.danvan.shared.VietnameseText;

/**
 * Generates a national tree (34 provinces with their party bodies, people's committees, departments with divisions and
 * communes: over 12,000 units) in a running Danvan's database, then measures the tree page, a province's children, a
 * search, and the bare "everything under a province" query. Prints medians and 95th percentiles.
 *
 * <p>Arguments: JDBC URL, database user, base URL of the running application, admin password.
 */
public final class TreeBenchmark {

    private static final int PROVINCES = 34;
    private static final int DEPARTMENTS = 20;
    private static final int DIVISIONS = 8;
    private static final int COMMUNES = 97;

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String user = args[1];
        String base = args[2];
        String password = args[3];
        List<UUID> provinces;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, "")) {
            provinces = generate(db);
            long units = count(db, "select count(*) from org_unit");
            System.out.printf("units in the tree: %,d%n", units);
            List<String> paths = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "select path from org_unit where code like 'BENCH-P%' and kind = 'PROVINCE'")) {
                while (rs.next()) {
                    paths.add(rs.getString(1));
                }
            }
            Random random = new Random(7);
            try (PreparedStatement subtree = db.prepareStatement("""
                    select u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.path, u.depth, u.valid_from, u.valid_to, u.version
                    from org_unit u where u.path like ? and (u.valid_from is null or u.valid_from <= current_date)
                    and (u.valid_to is null or u.valid_to > current_date) order by u.path""")) {
                report("all units under a province (bare SQL, ~" + (units / PROVINCES) + " rows)", 300, () -> {
                    subtree.setString(1, paths.get(random.nextInt(paths.size())) + "%");
                    int rows = 0;
                    try (ResultSet rs = subtree.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    return rows;
                });
            }
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http, base, password);
        Random random = new Random(11);
        report("tree page /org (nation and 34 provinces)", 200, () -> get(http, base + "/org"));
        report("a province's children (htmx fragment)", 200,
                () -> get(http, base + "/org/tree/children?parent=" + provinces.get(random.nextInt(provinces.size()))));
        report("search without diacritics (\"so noi vu\")", 200, () -> get(http, base + "/org?q=so+noi+vu"));
        report("units under a province via the API", 200, () -> get(http, base + "/api/v1/org-units/"
                + provinces.get(random.nextInt(provinces.size())) + "/leader-coverage", bearer(http, base, password)));
    }

    private static String token;

    private static String bearer(HttpClient http, String base, String password) throws Exception {
        if (token == null) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
            m.find();
            token = m.group(1);
        }
        return token;
    }

    private static List<UUID> generate(Connection db) throws Exception {
        List<UUID> provinces = new ArrayList<>();
        if (count(db, "select count(*) from org_unit where code like 'BENCH-%'") > 0) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "select id from org_unit where code like 'BENCH-P%' and kind = 'PROVINCE'")) {
                while (rs.next()) {
                    provinces.add(rs.getObject(1, UUID.class));
                }
            }
            return provinces;
        }
        db.setAutoCommit(false);
        UUID nation;
        String nationPath;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select id, path from org_unit where parent_id is null and kind = 'NATION' order by seq limit 1")) {
            rs.next();
            nation = rs.getObject(1, UUID.class);
            nationPath = rs.getString(2);
        }
        try (PreparedStatement unit = db.prepareStatement("""
                insert into org_unit (id, seq, code, name, name_folded, short_name, kind, parent_id, path, depth, created_at, version)
                values (?, nextval('org_unit_seq'), ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, 0)""");
             PreparedStatement placement = db.prepareStatement(
                     "insert into org_unit_placement (unit_id, parent_id, valid_from, valid_to) values (?, ?, null, null)");
             PreparedStatement seq = db.prepareStatement("select seq from org_unit where id = ?");
             PreparedStatement fixPath = db.prepareStatement("update org_unit set path = ? where id = ?")) {
            Generator g = new Generator(unit, placement, seq, fixPath);
            String[] departments = { "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo",
                    "Sở Xây dựng", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
                    "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
                    "Sở Ngoại vụ", "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình", "Trường Chính trị",
                    "Ban Quản lý dự án", "Quỹ Đầu tư phát triển", "Trung tâm Xúc tiến đầu tư" };
            for (int p = 1; p <= PROVINCES; p++) {
                String province = "Tỉnh Thử Nghiệm " + p;
                Node prov = g.add("BENCH-P" + p, province, null, "PROVINCE", new Node(nation, nationPath, 0));
                provinces.add(prov.id);
                Node committee = g.add("BENCH-P" + p + "-TU", "Tỉnh ủy " + province, "TU", "PARTY_COMMITTEE", prov);
                g.add("BENCH-P" + p + "-BDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy " + p, "BTGDVTU", "PARTY_BOARD", committee);
                g.add("BENCH-P" + p + "-HDND", "Hội đồng nhân dân " + province, "HĐND", "PEOPLES_COUNCIL", prov);
                g.add("BENCH-P" + p + "-MTTQ", "Ủy ban MTTQ Việt Nam " + province, "MTTQ", "FATHERLAND_FRONT", prov);
                Node ubnd = g.add("BENCH-P" + p + "-UBND", "Ủy ban nhân dân " + province, "UBND", "PEOPLES_COMMITTEE", prov);
                for (int d = 0; d < DEPARTMENTS; d++) {
                    Node dept = g.add("BENCH-P" + p + "-D" + d, departments[d] + " tỉnh " + p, "S" + d, "DEPARTMENT", ubnd);
                    g.add("BENCH-P" + p + "-D" + d + "-VP", "Văn phòng " + departments[d], "VP", "OFFICE", dept);
                    for (int v = 0; v < DIVISIONS; v++) {
                        g.add("BENCH-P" + p + "-D" + d + "-V" + v, "Phòng nghiệp vụ " + (v + 1), "P" + v, "DIVISION", dept);
                    }
                }
                for (int c = 0; c < COMMUNES; c++) {
                    Node commune = g.add("BENCH-P" + p + "-C" + c, (c % 4 == 0 ? "Phường " : "Xã ") + "Số " + (c + 1) + " tỉnh " + p,
                            null, "COMMUNE", prov);
                    if (c % 4 == 0) {
                        g.add("BENCH-P" + p + "-C" + c + "-U", "UBND xã số " + (c + 1), "UBND", "PEOPLES_COMMITTEE", commune);
                    }
                    if (c % 2 == 0) {
                        g.add("BENCH-P" + p + "-C" + c + "-DU", "Đảng ủy xã số " + (c + 1), "ĐU", "PARTY_COMMITTEE", commune);
                    }
                }
            }
            g.flush();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute(db.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL") ? "analyze org_unit" : "select 1");
        }
        return provinces;
    }

    private record Node(UUID id, String path, int depth) {
    }

    /** Inserts units parent first, paths computed from the sequence numbers. */
    private static final class Generator {
        private final PreparedStatement unit;
        private final PreparedStatement placement;
        private final PreparedStatement seq;
        private final PreparedStatement fixPath;

        Generator(PreparedStatement unit, PreparedStatement placement, PreparedStatement seq, PreparedStatement fixPath) {
            this.unit = unit;
            this.placement = placement;
            this.seq = seq;
            this.fixPath = fixPath;
        }

        Node add(String code, String name, String shortName, String kind, Node parent) throws Exception {
            UUID id = UUID.randomUUID();
            unit.setObject(1, id);
            unit.setString(2, code);
            unit.setString(3, name);
            unit.setString(4, VietnameseText.fold(name));
            unit.setString(5, shortName);
            unit.setString(6, kind);
            unit.setObject(7, parent.id);
            unit.setString(8, "pending");
            unit.setInt(9, parent.depth + 1);
            unit.executeUpdate();
            seq.setObject(1, id);
            long number;
            try (ResultSet rs = seq.executeQuery()) {
                rs.next();
                number = rs.getLong(1);
            }
            String path = parent.path + number + "/";
            fixPath.setString(1, path);
            fixPath.setObject(2, id);
            fixPath.addBatch();
            placement.setObject(1, id);
            placement.setObject(2, parent.id);
            placement.addBatch();
            return new Node(id, path, parent.depth + 1);
        }

        void flush() throws Exception {
            fixPath.executeBatch();
            placement.executeBatch();
        }
    }

    private static void signIn(HttpClient http, String base, String password) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        csrf.find();
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static int get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length();
    }

    private static int get(HttpClient http, String url, String bearer) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length();
    }

    private static void report(String what, int runs, Callable<Integer> action) throws Exception {
        for (int i = 0; i < Math.max(20, runs / 5); i++) {
            action.call();
        }
        double[] millis = new double[runs];
        long size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = action.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-62s median %7.2f ms   p95 %7.2f ms   (%d runs, last result %,d)%n", what, millis[runs / 2],
                millis[(int) (runs * 0.95)], runs, size);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private TreeBenchmark() {
    }
}
