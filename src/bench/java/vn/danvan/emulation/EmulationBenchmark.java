package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.Application;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;
import vn.danvan.shared.VietnameseText;

/**
 * The emulation figures on PostgreSQL: 50,000 published models over 10 provinces, generated with set-based SQL, then
 * the showcase (a page of 20 with its filters, filtered pages, searches without diacritics); and a council of 15
 * that scored 500 nominated models on 4 criteria (30,000 scores), then its scoring summary. Prints medians and 95th
 * percentiles.
 *
 * <p>Arguments: JDBC URL, database user, data directory.
 */
public final class EmulationBenchmark {

    private static final int MODELS = 50_000;
    private static final int PROVINCES = 10;
    private static final int NOMINEES = 500;
    private static final int COUNCIL = 15;
    private static final String[] WORDS = ("dân vận khéo công chức hỗ trợ người dân thủ tục hành chính trực tuyến chợ văn "
            + "minh an toàn hòa giải cơ sở trợ giúp pháp lý tuần tra tự quản thanh niên phụ nữ nông dân cựu chiến binh xây dựng "
            + "nông thôn mới đường giao thông nước sạch môi trường rác thải giảm nghèo việc làm học nghề khuyến học gia đình "
            + "văn hóa khu dân cư an ninh trật tự đối thoại tiếp công dân").split(" ");

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
                        "--danvan.data.dir=" + args[2], "--danvan.demo=false", "--danvan.admin-password=Bench-Danvan-2026",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            OrgManagement org = app.getBean(OrgManagement.class);
            MovementDesk desk = app.getBean(MovementDesk.class);
            CouncilDesk council = app.getBean(CouncilDesk.class);
            Showcase showcase = app.getBean(Showcase.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Actor system = Actor.system();
            UUID nation = org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
            List<UUID> provinces = new ArrayList<>();
            List<UUID> movements = new ArrayList<>();
            LocalDate today = LocalDate.now(desk.clock());
            Phases open = new Phases(today.minusDays(10), today.minusDays(5), today.plusDays(30), today, today,
                    today, today.plusDays(30), today.plusDays(40));
            for (int p = 0; p < PROVINCES; p++) {
                UUID province = org.establish(system, new NewUnit("BENCH-P" + p, "Tỉnh Thử Nghiệm " + p, null,
                        UnitKind.PROVINCE, nation, null, null));
                provinces.add(province);
                movements.add(desk.launch(system, new MovementDetails(province, 2020 + p % 7, "PROVINCE",
                        "Phong trào “Dân vận khéo” " + p, null, open)));
            }
            long started = System.nanoTime();
            generateShowcase(jdbc, provinces, movements);
            System.out.printf("generated %,d published models in %,d ms%n", MODELS, (System.nanoTime() - started) / 1_000_000);

            UUID province = provinces.get(0);
            UUID movement = desk.launch(system, new MovementDetails(province, 2026, "PROVINCE", "Hội đồng 15 thành viên", null, open));
            desk.defineCriteria(system, new NewCriteriaSet(province, 2026, "Tiêu chí", "MEAN", new BigDecimal("15"), List.of(
                    criterion("Sáng tạo", 2), criterion("Hiệu quả", 3), criterion("Đồng thuận", 2), criterion("Nhân rộng", 3)),
                    List.of(new CriteriaSet.Band(new BigDecimal("90"), "Tiêu biểu"), new CriteriaSet.Band(new BigDecimal("70"), "Công nhận"))));
            started = System.nanoTime();
            generateCouncil(jdbc, org, province, movement);
            System.out.printf("generated a council of %d scoring %d models (%,d scores) in %,d ms%n", COUNCIL, NOMINEES,
                    COUNCIL * NOMINEES * 4, (System.nanoTime() - started) / 1_000_000);
            jdbc.sql("vacuum analyze").update();

            Random random = new Random(7);
            report("showcase page of 20 with its filters (page " + "1-50, no filter)", 200, () -> {
                showcase.provinces();
                showcase.years();
                return showcase.page(new Showcase.Query(null, null, null, null), Paging.of(random.nextInt(50), 20)).total();
            });
            report("showcase page filtered by field, province and year", 200, () -> showcase.page(new Showcase.Query(null,
                    Field.values()[random.nextInt(4)].name(), provinces.get(random.nextInt(PROVINCES)), 2020 + random.nextInt(7)),
                    Paging.of(0, 20)).total());
            report("showcase search, 2 words without diacritics", 200, () -> showcase.page(new Showcase.Query(
                    query(random, 2), null, null, null), Paging.of(0, 20)).total());
            report("showcase search, 3 words without diacritics, with a field", 200, () -> showcase.page(new Showcase.Query(
                    query(random, 3), Field.values()[random.nextInt(4)].name(), null, null), Paging.of(0, 20)).total());
            CouncilSummary summary = council.summary(system, movement);
            System.out.printf("council summary: %d models, %d complete, %d flagged for disagreement%n", summary.results().size(),
                    summary.results().stream().filter(CouncilSummary.Result::isComplete).count(),
                    summary.results().stream().filter(CouncilSummary.Result::disagreement).count());
            report("scoring summary, council of 15 over 500 models", 50, () -> council.summary(system, movement).results().size());
        }
    }

    /** 50,000 recognised and published models, their names and stories drawn from the words, folded for search. */
    private static void generateShowcase(JdbcClient jdbc, List<UUID> provinces, List<UUID> movements) {
        String accented = Arrays.stream(WORDS).map(w -> "'" + w + "'").collect(Collectors.joining(","));
        String folded = Arrays.stream(WORDS).map(w -> "'" + VietnameseText.fold(w) + "'").collect(Collectors.joining(","));
        String provinceArray = provinces.stream().map(p -> "'" + p + "'::uuid").collect(Collectors.joining(","));
        String movementArray = movements.stream().map(p -> "'" + p + "'::uuid").collect(Collectors.joining(","));
        int[] nameWords = { 7, 13, 31 };
        int[] storyWords = { 3, 11, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97 };
        String story = words("a", storyWords);
        String storyFolded = words("f", storyWords);
        jdbc.sql("""
                insert into emulation_model (id, movement_id, home_movement_id, kind, name, unit_id, unit_name, province_id,
                    people, field, problem, actions, results, started_on, registered_on, status, level, year, published,
                    people_public, search_text, version)
                select gen_random_uuid(), m, m, case when i %% 4 = 0 then 'INDIVIDUAL' else 'COLLECTIVE' end, name, p,
                    'Đơn vị thử nghiệm ' || (i %% 300), p, null,
                    (array['ECONOMY','CULTURE_SOCIETY','DEFENCE_SECURITY','POLITICAL_SYSTEM'])[1 + (i / 3) %% 4],
                    story, story, story, date '2020-01-01', date '2020-02-01', 'RECOGNISED', 'PROVINCE', 2020 + (i / 10) %% 7,
                    true, false, name_folded || ' don vi thu nghiem ' || (i %% 300) || ' ' || story_folded || ' ' || story_folded
                        || ' ' || story_folded, 0
                from (select i, (array[%s])[1 + i %% %d] as p, (array[%s])[1 + i %% %d] as m,
                        'Mô hình ' || %s || ' số ' || i as name, 'mo hinh ' || %s || ' so ' || i as name_folded,
                        'Vận động ' || %s as story, 'van dong ' || %s as story_folded
                    from generate_series(1, %d) i, (select array[%s] as a, array[%s] as f) w) g
                """.formatted(provinceArray, provinces.size(), movementArray, movements.size(), words("a", nameWords),
                words("f", nameWords), story, storyFolded, MODELS, accented, folded)).update();
    }

    /** SQL picking one word of the array per multiplier, spread over the words by the row number. */
    private static String words(String array, int... multipliers) {
        return Arrays.stream(multipliers).mapToObj(k -> array + "[1 + (i * " + k + ") % " + WORDS.length + "]")
                .collect(Collectors.joining(" || ' ' || "));
    }

    /** 500 nominated models of 50 units, 15 members from other units, every member scoring every model. */
    private static void generateCouncil(JdbcClient jdbc, OrgManagement org, UUID province, UUID movement) {
        Actor system = Actor.system();
        List<UUID> units = new ArrayList<>();
        for (int i = 0; i < 50 + COUNCIL; i++) {
            units.add(org.establish(system, new NewUnit("BENCH-C" + i, "Sở thử nghiệm " + i, null, UnitKind.DEPARTMENT, province,
                    null, null)));
        }
        String unitArray = units.subList(0, 50).stream().map(u -> "'" + u + "'::uuid").collect(Collectors.joining(","));
        jdbc.sql("""
                insert into emulation_model (id, movement_id, home_movement_id, kind, name, unit_id, unit_name, province_id,
                    field, problem, actions, results, started_on, registered_on, status, year, published, people_public,
                    search_text, version)
                select gen_random_uuid(), :movement, :movement, 'COLLECTIVE', 'Mô hình đề nghị ' || i, (array[%s])[1 + i %% 50],
                    'Sở thử nghiệm ' || (i %% 50), :province, 'ECONOMY', 'Vấn đề', 'Cách làm', 'Kết quả', date '2025-01-01',
                    date '2026-02-01', 'NOMINATED', 2026, false, false, 'mo hinh de nghi ' || i, 0
                from generate_series(1, %d) i""".formatted(unitArray, NOMINEES))
                .param("movement", movement).param("province", province).update();
        for (int m = 0; m < COUNCIL; m++) {
            UUID unit = units.get(50 + m);
            jdbc.sql("""
                    insert into emulation_council_member (id, movement_id, account_id, display_name, unit_id, unit_path, unit_name)
                    select gen_random_uuid(), ?, gen_random_uuid(), ?, id, path, name from org_unit where id = ?""")
                    .params(movement, "Thành viên " + (m + 1), unit).update();
        }
        jdbc.sql("""
                insert into emulation_score (member_id, model_id, criterion_id, score, comment, scored_at)
                select c.id, e.id, k.id, 6 + abs(hashtext(e.id::text)) % 4 + abs(hashtext(c.id::text || e.id::text || k.id::text)) % 2, null, now()
                from emulation_council_member c join emulation_model e on e.movement_id = c.movement_id
                join emulation_criterion k on k.criteria_set_id = (select id from emulation_criteria_set where province_id = ? and year = 2026)
                where c.movement_id = ?""").params(province, movement).update();
    }

    private static NewCriteriaSet.NewCriterion criterion(String name, int weight) {
        return new NewCriteriaSet.NewCriterion(name, new BigDecimal(weight), BigDecimal.ZERO, BigDecimal.TEN);
    }

    private static String query(Random random, int words) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            query.append(VietnameseText.fold(WORDS[random.nextInt(WORDS.length)])).append(' ');
        }
        return query.toString().strip();
    }

    private static void report(String label, int runs, Callable<Object> task) throws Exception {
        for (int i = 0; i < Math.min(30, runs); i++) {
            task.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.call();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms (%d runs)%n", label, nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6, runs);
    }
}
