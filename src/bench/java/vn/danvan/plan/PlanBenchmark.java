package vn.danvan.plan;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.Application;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;

/**
 * The plans' figures: a department's issued plan of 500 tasks (100 groups of 5) and 20 targets cascaded to 100
 * divisions (every division takes on all 500 tasks and 20 targets: 50,000 task rows), timed over several plans; then
 * the department's plan page with its 500 tasks, 100 adopting units and the units' progress rolled up, fetched over
 * HTTP as a signed-in user. Prints medians and maxima / 95th percentiles.
 *
 * <p>Arguments: JDBC URL, database user, data directory.
 */
public final class PlanBenchmark {

    private static final int UNITS = 100;
    private static final int GROUPS = 100;
    private static final int SUB_TASKS = 4;
    private static final int TARGETS = 20;
    private static final int CASCADES = 3;
    private static final int PAGE_RUNS = 30;
    private static final String PASSWORD = "Bench-Danvan-2026";

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1], "--danvan.data.dir=" + args[2],
                "--danvan.demo=false", "--danvan.admin-password=" + PASSWORD, "--server.port=0", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off")) {
            OrgManagement org = app.getBean(OrgManagement.class);
            PlanDesk desk = app.getBean(PlanDesk.class);
            PlanCascade cascade = app.getBean(PlanCascade.class);
            Actor system = Actor.system();
            UUID nation = org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
            UUID province = org.establish(system, new NewUnit("PB-P", "Tỉnh Thử Kế Hoạch", null, UnitKind.PROVINCE, nation, null, null));
            UUID department = org.establish(system, new NewUnit("PB-S", "Sở Thử Kế Hoạch", "STKH", UnitKind.DEPARTMENT, province,
                    null, null));
            List<UUID> divisions = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                divisions.add(org.establish(system, new NewUnit("PB-D" + i, "Phòng thử nghiệm " + i, null, UnitKind.DIVISION,
                        department, null, null)));
            }
            int year = LocalDate.now().getYear();
            long[] cascades = new long[CASCADES];
            UUID measured = null;
            for (int run = 0; run < CASCADES; run++) {
                UUID plan = plan(desk, system, department, year, run);
                long started = System.nanoTime();
                cascade.cascade(system, plan, divisions);
                cascades[run] = System.nanoTime() - started;
                System.out.printf("cascade %d: %,d ms%n", run + 1, cascades[run] / 1_000_000);
                measured = plan;
            }
            Arrays.sort(cascades);
            System.out.printf("cascade of %d tasks and %d targets to %d units: median %.0f ms, max %.0f ms (%d runs)%n",
                    GROUPS * (1 + SUB_TASKS), TARGETS, UNITS, cascades[CASCADES / 2] / 1e6, cascades[CASCADES - 1] / 1e6, CASCADES);

            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            signIn(http, base);
            String page = base + "/plans/" + measured;
            for (int i = 0; i < 10; i++) {
                get(http, page);
            }
            long[] nanos = new long[PAGE_RUNS];
            int size = 0;
            for (int i = 0; i < PAGE_RUNS; i++) {
                long started = System.nanoTime();
                size = get(http, page);
                nanos[i] = System.nanoTime() - started;
            }
            Arrays.sort(nanos);
            System.out.printf("plan page with %d tasks and %d adopting units (%,d bytes): median %.1f ms, p95 %.1f ms (%d runs)%n",
                    GROUPS * (1 + SUB_TASKS), UNITS, size, nanos[PAGE_RUNS / 2] / 1e6, nanos[PAGE_RUNS * 95 / 100] / 1e6, PAGE_RUNS);
        }
    }

    private static UUID plan(PlanDesk desk, Actor system, UUID department, int year, int run) {
        UUID plan = desk.createDraft(system, department, Period.year(year), "Kế hoạch thử nghiệm số " + (run + 1),
                "Mục đích, yêu cầu của kế hoạch thử nghiệm.");
        for (int t = 0; t < TARGETS; t++) {
            desk.addTarget(system, plan, NewTarget.written("Chỉ tiêu thử nghiệm " + (t + 1), t % 2 == 0 ? "trên 90%" : "85.000 lao động",
                    null, null, null));
        }
        for (int g = 0; g < GROUPS; g++) {
            UUID group = desk.addTask(system, plan, new NewTask(Integer.toString(g + 1), null, "Nhóm nhiệm vụ " + (g + 1),
                    "Nội dung nhóm nhiệm vụ thử nghiệm.", department, List.of(), null, LocalDate.of(year, 12, 15), null, null));
            for (int s = 0; s < SUB_TASKS; s++) {
                desk.addTask(system, plan, new NewTask((g + 1) + "." + (s + 1), group, "Nhiệm vụ thử nghiệm " + (g + 1) + "." + (s + 1),
                        null, department, List.of(), null, null, s % 2 == 0 ? "định kỳ 6 tháng" : null, null));
            }
        }
        desk.issue(system, plan, null, LocalDate.of(year, 1, 5), null);
        return plan;
    }

    private static void signIn(HttpClient http, String base) throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no login form");
        }
        String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static int get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("id=\"tasks\"")) {
            throw new IllegalStateException("plan page answered " + response.statusCode());
        }
        return response.body().length();
    }
}
