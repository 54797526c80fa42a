package vn.danvan.petition;

import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Petition figures against a running Danvan over HTTP (bench/petition.sh starts it on PostgreSQL):
 * <ul>
 * <li>{@code setup URL PASSWORD JDBC} creates a province and its People's Committee, prints "token unitId";</li>
 * <li>{@code load URL TOKEN UNIT CLIENTS SECONDS ACKFILE} registers petitions from concurrent clients, appends the
 * id of each acknowledged (201) one to ACKFILE, prints throughput and latency percentiles;</li>
 * <li>{@code verify JDBC ACKFILE} counts how many acknowledged petitions are in the database;</li>
 * <li>{@code fill JDBC UNIT COUNT} inserts COUNT generated cases (a tenth of them overdue) with plain SQL and vacuums
 * the table as autovacuum would;</li>
 * <li>{@code overdue URL TOKEN RUNS} reads the first page of the overdue list RUNS times and prints the median.</li>
 * </ul>
 */
public final class PetitionBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "setup" -> setup(args[1], args[2], args[3]);
            case "load" -> load(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Path.of(args[6]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "fill" -> fill(args[1], args[2], Integer.parseInt(args[3]));
            case "overdue" -> overdue(args[1], args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    static void setup(String base, String password, String jdbc) throws Exception {
        String token = first(TOKEN, post(base + "/api/v1/tokens", null,
                "{\"username\": \"admin\", \"password\": \"" + password + "\", \"name\": \"bench\"}").body());
        String nation;
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id::text from org_unit where kind = 'NATION'")) {
            rs.next();
            nation = rs.getString(1);
        }
        String province = first(ID, post(base + "/api/v1/org-units", token, "{\"code\": \"BENCH\", \"name\": "
                + "\"Tỉnh Thử Tải\", \"kind\": \"PROVINCE\", \"parentId\": \"" + nation + "\"}").body());
        String committee = first(ID, post(base + "/api/v1/org-units", token, "{\"code\": \"BENCH-UBND\", \"name\": "
                + "\"Ủy ban nhân dân tỉnh Thử Tải\", \"kind\": \"PEOPLES_COMMITTEE\", \"parentId\": \"" + province + "\"}")
                .body());
        System.out.println(token + " " + committee);
    }

    static void load(String base, String token, String unit, int clients, int seconds, Path ackFile) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong sequence = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        try (BufferedWriter acks = Files.newBufferedWriter(ackFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (int c = 0; c < clients; c++) {
                new Thread(() -> {
                    long[] mine = new long[200_000];
                    int n = 0;
                    try {
                        while (System.nanoTime() < end && n < mine.length) {
                            long i = sequence.incrementAndGet();
                            String json = """
                                    {"unitId": "%s", "channel": "POST", "kind": "COMPLAINT", "receivedOn": "2026-11-02",
                                     "subject": "Đơn thử tải %d", "content": "Khiếu nại về việc bồi thường giải phóng mặt bằng số %d",
                                     "petitioners": [{"fullName": "Nguyễn Văn Tải", "idNumber": "0791%08d"}]}"""
                                    .formatted(unit, i, i, i);
                            long t0 = System.nanoTime();
                            HttpResponse<String> response;
                            try {
                                response = post(base + "/api/v1/petitions", token, json);
                            } catch (Exception e) {
                                failures.incrementAndGet();
                                continue;
                            }
                            long took = System.nanoTime() - t0;
                            if (response.statusCode() == 201) {
                                mine[n++] = took;
                                String id = first(ID, response.body());
                                synchronized (acks) {
                                    acks.write(id);
                                    acks.newLine();
                                    acks.flush();
                                }
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    } finally {
                        synchronized (latencies) {
                            latencies.add(Arrays.copyOf(mine, n));
                        }
                        done.countDown();
                    }
                }).start();
            }
            done.await();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("intake: %d acknowledged in %.1f s = %.0f/s with %d clients; p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms; %d failed%n", all.length, elapsed, all.length / elapsed, clients, pct(all, 50),
                pct(all, 95), pct(all, 99), failures.get());
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    static void verify(String jdbc, Path ackFile) throws Exception {
        List<String> acked = Files.readAllLines(ackFile).stream().filter(s -> !s.isBlank()).toList();
        Set<String> present = new HashSet<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id::text from petition_case")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        long missing = acked.stream().filter(id -> !present.contains(id)).count();
        System.out.printf("durability: %d acknowledged before the kill, %d present after restart, %d missing%n",
                acked.size(), acked.size() - missing, missing);
    }

    static void fill(String jdbc, String unit, int count) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into petition_case (id, code, unit_id, channel, kind, status, is_open, received_on, subject,
                      content, content_folded, remote, complexity, second_time, confidential, repeated, complex_mass,
                      rule_id, clock_step, clock_start, period_days, day_count, due_on, extensions, created_at, version)
                    select gen_random_uuid(), 'DV-B' || g,
                      ?::uuid, 'POST', 'COMPLAINT', case when g % 10 = 0 then 'ACCEPTED' else 'CLOSED' end, g % 10 = 0,
                      date '2025-01-01' + (g % 600), 'Đơn sinh tự động ' || g, 'Nội dung ' || g, 'noi dung ' || g,
                      false, 'NORMAL', false, false, false, false, 'complaint-first-2012', 'RESOLUTION',
                      date '2025-01-01' + (g % 600), 30, 'CALENDAR_DAYS', date '2025-01-31' + (g % 600), 0, now(), 0
                    from generate_series(1, ?) g""")) {
                insert.setString(1, unit);
                insert.setInt(2, count);
                insert.executeUpdate();
            }
            try (Statement st = db.createStatement()) {
                st.execute("vacuum analyze petition_case");
            }
        }
        System.out.printf("filled %,d generated cases%n", count);
    }

    static void overdue(String base, String token, int runs) throws Exception {
        long[] took = new long[runs];
        String total = "";
        for (int i = -3; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/petitions/overdue?size=50")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.body());
            }
            if (i >= 0) {
                took[i] = System.nanoTime() - t0;
            }
            Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(response.body());
            total = m.find() ? m.group(1) : "?";
        }
        Arrays.sort(took);
        System.out.printf("overdue list (first page of 50, %s overdue): median %.1f ms, p95 %.1f ms over %d runs%n",
                total, pct(took, 50), pct(took, 95), runs);
    }
}
