package vn.danvan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.danvan.org.OrgStructure;
import vn.danvan.plan.Allocation;
import vn.danvan.plan.NewTarget;
import vn.danvan.plan.NewTask;
import vn.danvan.plan.Period;
import vn.danvan.plan.PlanCascade;
import vn.danvan.plan.PlanDesk;
import vn.danvan.plan.PlanQueries;
import vn.danvan.plan.TaskReport;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Paging;

/**
 * The seeds' planning flow: Sở Nội vụ Đồng Nai (which took over the labour department's work in 2025) issues its 2026
 * mass-mobilisation plan in the words of Kế hoạch 22/KH-LĐTBXH — jobs, training, poverty and membership targets, six
 * groups of tasks — and cascades it to two divisions; one has issued its implementing plan and reported progress.
 */
@Component
@Order(32)
class DemoPlans implements ApplicationRunner {

    private static final int YEAR = 2026;

    private final DemoData demoData;
    private final OrgStructure structure;
    private final PlanDesk desk;
    private final PlanCascade cascade;
    private final PlanQueries queries;
    private final Actor system = Actor.system();

    DemoPlans(DemoData demoData, OrgStructure structure, PlanDesk desk, PlanCascade cascade, PlanQueries queries) {
        this.demoData = demoData;
        this.structure = structure;
        this.desk = desk;
        this.cascade = cascade;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demoData.enabled() || structure.findByCode("DNI-SNV").isEmpty()
                || queries.list(system, id("DNI-SNV"), YEAR, null, Paging.of(0, 1)).total() > 0) {
            return;
        }
        UUID department = id("DNI-SNV");
        UUID office = id("DNI-SNV-VP");
        UUID buildingGovernment = id("DNI-SNV-XDCQ");
        UUID organisation = id("DNI-SNV-TCBC");
        UUID plan = desk.createDraft(system, department, Period.year(YEAR),
                "Kế hoạch thực hiện chương trình công tác dân vận năm 2026 của Sở Nội vụ",
                """
                1. Tạo chuyển biến mạnh mẽ về nhận thức của các phòng, đơn vị trực thuộc Sở, cán bộ, công chức, viên chức về \
                công tác dân vận chính quyền trong tình hình mới.
                2. Tiếp tục đổi mới nội dung, phương thức công tác dân vận chính quyền; cải tiến lề lối làm việc theo hướng \
                gần dân, trọng dân, có trách nhiệm với dân; tăng cường đối thoại trực tiếp với Nhân dân.
                3. Công tác dân vận phải được triển khai nghiêm túc tại các đơn vị trực thuộc Sở; hiệu quả thể hiện trong kết \
                quả thực hiện nhiệm vụ chính trị của ngành.
                4. Đẩy mạnh phong trào thi đua "Dân vận khéo".""");
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        UUID jobs = desk.addTarget(system, plan, NewTarget.written("Giải quyết việc làm", "85.000 lao động", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Tỷ lệ thất nghiệp thành thị", "duy trì 2,48%", new BigDecimal("2.6"), end,
                null));
        desk.addTarget(system, plan, NewTarget.written("Tỷ lệ sử dụng thời gian lao động ở khu vực nông thôn", "97%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Tuyển mới đào tạo nghề", "67.400 người", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Tỷ lệ lao động qua đào tạo", "68%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Tỷ lệ lao động qua đào tạo nghề", "53%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Lao động đào tạo nghề từ trung cấp trở lên", "15-16%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Hộ nghèo theo chuẩn nghèo mới", "giảm 1%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Quần chúng trong độ tuổi tham gia tổ chức đoàn thể", "100%", null, end, null));
        UUID members = desk.addTarget(system, plan, NewTarget.written("Đoàn viên, hội viên tham gia sinh hoạt thường xuyên",
                "trên 90%", null, end, null));
        desk.addTarget(system, plan, NewTarget.written("Đoàn viên, hội viên tham gia các phong trào", "trên 80%", null, end, null));
        desk.allocate(system, jobs, null, List.of(new Allocation(buildingGovernment, new BigDecimal("40000")),
                new Allocation(organisation, new BigDecimal("45000"))));

        UUID propaganda = task(plan, "1", null, "Đẩy mạnh công tác tuyên truyền, phổ biến Nghị quyết của Đảng, chính sách pháp luật "
                + "của Nhà nước cho đoàn viên, hội viên", office, List.of(buildingGovernment, organisation), null, "hằng năm");
        UUID study = task(plan, "1.1", propaganda, "Quán triệt Nghị quyết Đại hội Đảng các cấp, phát động phong trào thi đua yêu nước",
                buildingGovernment, List.of(office), LocalDate.of(YEAR, 6, 30), null);
        task(plan, "1.2", propaganda, "Tuyên truyền truyền thống công tác dân vận và tư tưởng Hồ Chí Minh về công tác dân vận",
                organisation, List.of(), LocalDate.of(YEAR, 9, 30), null);
        UUID renewal = task(plan, "2", null, "Tăng cường đổi mới công tác dân vận của cơ quan, đơn vị; đối thoại, tiếp xúc trực tiếp "
                + "với Nhân dân", buildingGovernment, List.of(office), null, "định kỳ 6 tháng");
        task(plan, "3", null, "Đẩy mạnh cải cách thủ tục hành chính, giải quyết kịp thời đơn thư khiếu nại, tố cáo của công dân",
                organisation, List.of(buildingGovernment), LocalDate.of(YEAR, 10, 31), null);
        task(plan, "4", null, "Đổi mới nội dung, phương thức hoạt động của các đoàn thể Sở", office, List.of(), LocalDate.of(YEAR, 8, 31),
                null);
        task(plan, "5", null, "Đẩy mạnh phong trào thi đua \"Dân vận khéo\" gắn với các phong trào thi đua yêu nước", office,
                List.of(buildingGovernment, organisation), null, "trước 15/12 hằng năm");
        task(plan, "6", null, "Thực hiện tốt các chính sách dân tộc, tôn giáo", organisation, List.of(), LocalDate.of(YEAR, 11, 30), null);

        desk.issue(system, plan, null, LocalDate.of(YEAR, 3, 2), null);
        desk.reportTask(system, study, null, new TaskReport(null, 100, "Đã tổ chức hội nghị quán triệt cho toàn thể công chức.",
                List.of()));
        desk.reportTask(system, renewal, null, new TaskReport(null, 50, "Tổ chức 4 cuộc đối thoại trong 6 tháng đầu năm.", List.of()));
        desk.measureTarget(system, members, null, new BigDecimal("92"), LocalDate.of(YEAR, 6, 30));

        List<UUID> implementing = cascade.cascade(system, plan, List.of(buildingGovernment, organisation));
        UUID divisionPlan = implementing.get(0);
        desk.issue(system, divisionPlan, null, LocalDate.of(YEAR, 3, 20), null);
        var divisionView = queries.view(system, divisionPlan);
        divisionView.tasks().stream().filter(t -> "2".equals(t.number())).findFirst().ifPresent(t -> desk.reportTask(system,
                t.id(), t.version(), new TaskReport(null, 60, "Đối thoại với công chức và Nhân dân về thủ tục hành chính.",
                        List.of())));
        divisionView.targets().stream().filter(t -> t.implementsId().equals(jobs)).findFirst().ifPresent(t ->
                desk.measureTarget(system, t.id(), t.version(), new BigDecimal("31500"), LocalDate.of(YEAR, 9, 30)));
    }

    private UUID task(UUID plan, String number, UUID parent, String title, UUID lead, List<UUID> coordinating, LocalDate due,
            String recurrence) {
        return desk.addTask(system, plan, new NewTask(number, parent, title, null, lead, coordinating, null, due, recurrence, null));
    }

    private UUID id(String code) {
        return structure.findByCode(code).orElseThrow().id();
    }
}
