package vn.danvan.report;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Reporting figures on the national load of {@code bench/report-data.sql}: the roll-up of one element and period to
 * the provinces and the nation (the application's own SQL, then through the API), the completeness of one period over
 * the whole tree (bare SQL, then the API), the dashboard page and the consolidated DOCX of 100 unit reports. Prints
 * median, 95th percentile and fastest run of each and, since the machine is shared, the CPU time per run spent by the
 * database sessions and the application (from /proc), which waiting for a busy CPU does not inflate.
 *
 * <p>Arguments: JDBC URL, database user, base URL of the running application, admin password, the application's pid.
 */
public final class ReportBenchmark {

    private static final UUID NATIONAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID DIVISIONS = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final String PERIOD = "2026-08";

    /** Completeness of a schedule by kinds as one statement: every expected unit with its own report, if any. */
    private static final String COMPLETENESS = """
            select u.id, u.name, u.path, u.valid_to, s.id as submission_id, s.status, s.first_submitted_at
            from org_unit u left join report_submission s on s.unit_id = u.id and s.schedule_id = :schedule and s.period_key = :period
            where u.path like :prefix and u.kind in (:kinds) and (u.valid_from is null or u.valid_from <= :due)
              and (u.valid_to is null or u.valid_to > :from) order by u.path""";

    private static String database;
    private static long application;

    public static void main(String[] args) throws Exception {
        String base = args[2];
        String password = args[3];
        database = args[0].substring(args[0].lastIndexOf('/') + 1);
        application = Long.parseLong(args[4]);
        try (SingleConnectionDataSource data = new SingleConnectionDataSource(args[0], args[1], "", true)) {
            JdbcClient jdbc = JdbcClient.create(data);
            String nation = jdbc.sql("select path from org_unit where code = 'RB-NATION'").query(String.class).single();
            System.out.printf("units %,d; reports %,d; values %,d%n",
                    jdbc.sql("select count(*) from org_unit").query(Long.class).single(),
                    jdbc.sql("select count(*) from report_submission").query(Long.class).single(),
                    jdbc.sql("select count(*) from report_value").query(Long.class).single());
            Map<String, Object> rollUp = Map.of("schedule", NATIONAL, "period", PERIOD, "codes", List.of("E01"),
                    "prefix", nation + "%", "depth", nation.length());
            report("roll-up of one element to 34 provinces + nation (SQL)", 100,
                    () -> jdbc.sql(ReportAnalysis.ROLL_UP).params(rollUp).query().listOfRows().size());
            List<String> kinds = Arrays.asList(jdbc.sql("select unit_kinds from report_schedule where id = ?").param(NATIONAL)
                    .query(String.class).single().split(","));
            Map<String, Object> completeness = Map.of("schedule", NATIONAL, "period", PERIOD, "prefix", nation + "%",
                    "kinds", kinds, "due", java.sql.Date.valueOf("2026-09-20"), "from", java.sql.Date.valueOf("2026-07-15"));
            report("completeness of one period over the whole tree (SQL)", 100,
                    () -> jdbc.sql(COMPLETENESS).params(completeness).query().listOfRows().size());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(java.time.Duration.ofSeconds(10)).build();
        String token = token(http, base, password);
        String api = base + "/api/v1/reports/schedules/";
        report("roll-up of one element (API)", 100, () -> get(http, api + NATIONAL + "/periods/" + PERIOD + "/roll-up?elements=E01", token));
        report("completeness of one period (API: counts, missing and late)", 100,
                () -> get(http, api + NATIONAL + "/periods/" + PERIOD + "/completeness", token));
        signIn(http, base, password);
        report("dashboard page (nation: 34 provinces)", 50,
                () -> get(http, base + "/reports/schedules/" + NATIONAL + "/dashboard?period=" + PERIOD, null));
        report("consolidated DOCX from 100 unit reports", 20,
                () -> get(http, api + DIVISIONS + "/periods/" + PERIOD + "/consolidated.docx", token));
    }

    private static String token(HttpClient http, String base, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + response.body());
        }
        return m.group(1);
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

    private static int get(HttpClient http, String url, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofSeconds(60));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private static void report(String what, int runs, Callable<Integer> action) throws Exception {
        for (int i = 0; i < Math.max(10, runs / 5); i++) {
            action.call();
        }
        double[] millis = new double[runs];
        long size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = action.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long cpuBefore = cpu();
        for (int i = 0; i < runs; i++) {
            action.call();
        }
        double cpuPerRun = (cpu() - cpuBefore) * 10.0 / runs;
        Arrays.sort(millis);
        System.out.printf("%-58s median %6.1f ms  p95 %6.1f ms  fastest %6.1f ms  CPU %5.1f ms/run  (%d runs, size %,d; load %s)%n",
                what, millis[runs / 2], millis[(int) (runs * 0.95)], millis[0], cpuPerRun, runs, size, load());
    }

    /** CPU ticks (10 ms) used so far by the application and by every database session on the benchmark's database. */
    private static long cpu() throws Exception {
        List<Long> pids = new java.util.ArrayList<>(List.of(application));
        try (var db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
                var rs = db.createStatement().executeQuery("select pid from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                pids.add(rs.getLong(1));
            }
        }
        long ticks = 0;
        for (long pid : pids) {
            java.nio.file.Path stat = java.nio.file.Path.of("/proc/" + pid + "/stat");
            if (java.nio.file.Files.exists(stat)) {
                String[] fields = java.nio.file.Files.readString(stat).replaceAll(".*\\) ", "").split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        }
        return ticks;
    }

    private static String load() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    }

    private ReportBenchmark() {
    }
}
