package vn.danvan.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.Application;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;

/**
 * The registry's figures on a real database: generates 100,000 documents in 50 units, starts Danvan on them (the
 * search index is rebuilt from the database), then measures searches without diacritics (as a system administrator
 * and as a reader scoped to one unit) and registering a parsed document (seed 000: parse for citations, insert, 17
 * links and stubs, index update after commit). Prints medians and 95th percentiles.
 *
 * <p>Arguments: JDBC URL, database user, data directory.
 */
public final class DocumentBenchmark {

    private static final int DOCUMENTS = 100_000;
    private static final int UNITS = 50;
    private static final String[] WORDS = ("dân vận khéo công tác chính quyền kế hoạch thực hiện tuyên truyền vận động "
            + "nhân dân đoàn viên hội viên phong trào thi đua mô hình điển hình tiên tiến xây dựng nông thôn mới đô thị văn minh "
            + "cải cách hành chính tiếp công dân đối thoại giải quyết khiếu nại tố cáo kiến nghị phản ánh an sinh xã hội việc làm "
            + "đào tạo nghề giảm nghèo bền vững môi trường an ninh trật tự quốc phòng đại đoàn kết mặt trận tổ quốc thanh niên "
            + "phụ nữ nông dân cựu chiến binh công đoàn đảng viên chi bộ đảng ủy ủy ban sở phòng huyện xã phường tỉnh đồng nai "
            + "hà tĩnh nghệ an bình phước báo cáo sơ kết tổng kết kiểm tra giám sát đánh giá xếp loại khen thưởng").split(" ");
    private static final String[] TYPES = { "KH", "BC", "CV", "QĐ", "TB", "HD", "CT", "NQ" };
    private static final String[] TYPE_NAMES = { "Kế hoạch", "Báo cáo", "Công văn", "Quyết định", "Thông báo", "Hướng dẫn",
            "Chỉ thị", "Nghị quyết" };

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String dataDir = args[2];
        List<UUID> units = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (ConfigurableApplicationContext app = start(url, user, dataDir)) {
            OrgManagement org = app.getBean(OrgManagement.class);
            OrgStructure structure = app.getBean(OrgStructure.class);
            Actor system = Actor.system();
            UUID nation = org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
            UUID province = org.establish(system, new NewUnit("BENCH-P", "Tỉnh Thử Nghiệm", null, UnitKind.PROVINCE, nation, null, null));
            for (int i = 0; i < UNITS; i++) {
                UUID unit = org.establish(system, new NewUnit("BENCH-U" + i, "Sở thử nghiệm " + i, "STN" + i,
                        UnitKind.DEPARTMENT, province, null, null));
                units.add(unit);
                paths.add(structure.find(unit).orElseThrow().path());
            }
            long started = System.nanoTime();
            generate(app.getBean(DataSource.class), units);
            System.out.printf("generated %,d documents in %,d ms%n", DOCUMENTS, (System.nanoTime() - started) / 1_000_000);
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start(url, user, dataDir)) {
            DocumentSearch search = app.getBean(DocumentSearch.class);
            DocumentRegistry registry = app.getBean(DocumentRegistry.class);
            search.search(Actor.system(), "dân vận", Paging.of(0, 20));
            System.out.printf("start with the index rebuilt from the database: %,d ms%n", (System.nanoTime() - started) / 1_000_000);
            Random random = new Random(3);
            Actor system = Actor.system();
            Actor reader = new Actor(UUID.randomUUID(), "reader", "Reader", units.get(0),
                    List.of(new Actor.Grant(Role.LEADER, units.get(0), paths.get(0))));
            report("search, 2-3 words without diacritics, all units (page of 20 with highlights)", 300,
                    () -> search.search(system, query(random), Paging.of(0, 20)).total());
            report("search, 2-3 words without diacritics, one unit's scope", 300,
                    () -> search.search(reader, query(random), Paging.of(0, 20)).total());
            report("search by symbol (\"1234/KH-STN7\")", 300,
                    () -> search.search(system, (1 + random.nextInt(2000)) + "/KH-STN" + random.nextInt(UNITS), Paging.of(0, 20)).total());
            String seed = Files.readString(Path.of("src/main/resources/demo/documents/000_6b076b1f970a0aef.txt"));
            DocumentDraft draft = registry.read(seed);
            int[] serial = { 0 };
            report("register a parsed document (seed 000, 17 citations)", 200, () -> {
                DocumentFields f = draft.fields();
                serial[0]++;
                return registry.register(system, new NewDocument(units.get(random.nextInt(UNITS)), DocumentDirection.INCOMING,
                        new DocumentFields(serial[0] + "/KH-BENCH", f.typeCode(), f.typeName(), f.issuer(), f.issuerCode(),
                                f.place(), f.issuedOn(), f.title(), f.signer(), null, null, f.recipients(), false),
                        seed, null, null));
            });
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String dataDir) {
        return new SpringApplicationBuilder(Application.class).web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--danvan.data.dir=" + dataDir,
                        "--danvan.demo=false", "--danvan.admin-password=Bench-Danvan-2026", "--logging.level.root=WARN",
                        "--logging.level.vn.danvan=INFO", "--spring.main.banner-mode=off");
    }

    private static String query(Random random) {
        int words = 2 + random.nextInt(2);
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words; i++) {
            query.append(vn.danvan.shared.VietnameseText.fold(WORDS[random.nextInt(WORDS.length)])).append(' ');
        }
        return query.toString().strip();
    }

    private static void generate(DataSource dataSource, List<UUID> units) throws Exception {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement record = db.prepareStatement("""
                    insert into document_record (id, unit_id, direction, status, kind, symbol, symbol_key, number, type_code,
                    type_name, issuer, issuer_code, issued_on, issued_year, title, confidential, created_at, created_by,
                    updated_at, version) values (?, ?, 'INCOMING', 'REGISTERED', 'formal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    false, ?, 'bench', ?, 0)""");
                 PreparedStatement text = db.prepareStatement("insert into document_text (document_id, body) values (?, ?)")) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    UUID id = UUID.randomUUID();
                    int unit = i % units.size();
                    int type = random.nextInt(TYPES.length);
                    int number = i / units.size() + 1;
                    LocalDate issued = LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String symbol = number + "/" + TYPES[type] + "-STN" + unit;
                    record.setObject(1, id);
                    record.setObject(2, units.get(unit));
                    record.setString(3, symbol);
                    record.setString(4, symbol.toUpperCase());
                    record.setString(5, Integer.toString(number));
                    record.setString(6, TYPES[type]);
                    record.setString(7, TYPE_NAMES[type]);
                    record.setString(8, "Sở thử nghiệm " + unit + " tỉnh Đồng Nai");
                    record.setString(9, "STN" + unit);
                    record.setDate(10, Date.valueOf(issued));
                    record.setInt(11, issued.getYear());
                    record.setString(12, TYPE_NAMES[type] + " " + sentence(random, 8 + random.nextInt(10)));
                    record.setTimestamp(13, now);
                    record.setTimestamp(14, now);
                    record.addBatch();
                    text.setObject(1, id);
                    text.setString(2, body(random));
                    text.addBatch();
                    if (i % 1000 == 999) {
                        record.executeBatch();
                        text.executeBatch();
                        db.commit();
                    }
                }
                record.executeBatch();
                text.executeBatch();
                db.commit();
            }
        }
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 3 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            body.append(p + 1).append(". ").append(sentence(random, 20 + random.nextInt(40))).append(".\n\n");
        }
        return body.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sentence.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.toString();
    }

    /** Prints the median and 95th percentile of the wall time, and the median CPU time of the measuring thread. */
    private static void report(String label, int runs, Callable<Object> task) throws Exception {
        for (int i = 0; i < Math.min(50, runs); i++) {
            task.call();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.call();
            nanos[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, median CPU %.2f ms (%d runs, load average %s)%n", label,
                nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, cpu[runs / 2] / 1e6, runs, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
