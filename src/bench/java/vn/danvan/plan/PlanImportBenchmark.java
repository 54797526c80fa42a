package vn.danvan.plan;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.danvan.Application;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

/**
 * Importing seed 000 (Kế hoạch 22/KH-LĐTBXH) on a real database: reading the file into a preview (text, extraction,
 * units matched in a province of 300 units) and confirming everything it found into a draft plan. Prints medians.
 *
 * <p>Arguments: JDBC URL, database user, data directory.
 */
public final class PlanImportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        byte[] seed;
        try (InputStream in = PlanImportBenchmark.class.getResourceAsStream("/demo/documents/000_6b076b1f970a0aef.txt")) {
            seed = in.readAllBytes();
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(org.springframework.boot.WebApplicationType.NONE)
                .run("--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1], "--danvan.data.dir=" + args[2],
                        "--danvan.demo=false", "--danvan.admin-password=Bench-Danvan-2026", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            OrgManagement org = app.getBean(OrgManagement.class);
            OrgStructure structure = app.getBean(OrgStructure.class);
            Actor system = Actor.system();
            UUID nation = org.ensureNation("VN", "Cộng hòa xã hội chủ nghĩa Việt Nam");
            UUID province = org.establish(system, new NewUnit("BENCH-PI", "Tỉnh Đồng Nai", null, UnitKind.PROVINCE, nation, null, null));
            UUID committee = org.establish(system, new NewUnit("BENCH-PI-UB", "Ủy ban nhân dân tỉnh Đồng Nai", null,
                    UnitKind.PEOPLES_COMMITTEE, province, null, null));
            UUID department = org.establish(system, new NewUnit("BENCH-PI-S", "Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai",
                    null, UnitKind.DEPARTMENT, committee, null, null));
            org.establish(system, new NewUnit("BENCH-PI-VP", "Văn phòng Sở", null, UnitKind.OFFICE, department, null, null));
            for (int i = 0; i < 300; i++) {
                org.establish(system, new NewUnit("BENCH-PI-X" + i, "Xã Thử Nghiệm " + i, null, UnitKind.COMMUNE, province, null, null));
            }
            String path = structure.find(department).orElseThrow().path();
            Actor leader = new Actor(UUID.randomUUID(), "bench-leader", "Bench", department,
                    List.of(new Actor.Grant(Role.LEADER, department, path)));
            PlanImport imports = app.getBean(PlanImport.class);

            List<Long> previews = new ArrayList<>();
            List<Long> confirms = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            int tasks = 0;
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long started = System.nanoTime();
                ImportPreview preview = imports.preview(leader, department, seed, "22-KH-LDTBXH.txt");
                long read = System.nanoTime();
                imports.confirm(leader, everything(preview));
                long done = System.nanoTime();
                if (run >= WARM_UP) {
                    previews.add(read - started);
                    confirms.add(done - read);
                    totals.add(done - started);
                }
                tasks = preview.tasks().size();
            }
            System.out.printf("seed 000: %d targets, %d tasks, %d units, %d reporting rules%n",
                    imports.preview(leader, department, seed, "x.txt").targets().size(), tasks,
                    imports.preview(leader, department, seed, "x.txt").units().size(),
                    imports.preview(leader, department, seed, "x.txt").reporting().size());
            System.out.printf("import seed 000 (preview + confirm): median %.1f ms (preview %.1f ms, confirm %.1f ms) over %d runs%n",
                    median(totals), median(previews), median(confirms), RUNS);
        }
    }

    private static ImportRequest everything(ImportPreview p) {
        return new ImportRequest(p.owningUnitId(), p.documentId(), p.title(), p.fromYear(), p.toYear(), p.objectives(),
                p.targets().stream().map(t -> new ImportRequest.Target(t.indicator(), t.quantity(), t.source())).toList(),
                p.tasks().stream().map(t -> new ImportRequest.Task(t.number(), t.parent(), t.title(), t.text(), t.lead(),
                        t.coordinating())).toList(),
                p.units().stream().map(u -> new ImportRequest.Unit(u.text(), u.unitId())).toList(),
                p.reporting().stream().filter(r -> r.recurrence() != null)
                        .map(r -> new ImportRequest.Reporting(r.text(), r.recurrence())).toList());
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000.0;
    }
}
