package vn.danvan.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.report.Aggregation;
import vn.danvan.report.DataElement;
import vn.danvan.report.Disaggregation;
import vn.danvan.report.Indicator;
import vn.danvan.report.NarrativeSection;
import vn.danvan.report.NewSchedule;
import vn.danvan.report.NewTemplate;
import vn.danvan.report.PeriodType;
import vn.danvan.report.ReportCollection;
import vn.danvan.report.ReportDesign;
import vn.danvan.report.ValidationRule;
import vn.danvan.shared.Actor;

/**
 * The seeds' reporting flow: every six months the divisions of Sở Nội vụ Đồng Nai report on công tác dân vận chính
 * quyền to the department's office (Văn phòng Sở) before 01/6 and 01/12; for the first half of 2026 most came in on
 * time, one late and one not at all. The department in turn reports to the provincial People's Committee's office.
 */
@Component
@Order(31)
class DemoReports implements ApplicationRunner {

    static final String SCHEDULE = "Báo cáo 6 tháng, năm kết quả công tác dân vận chính quyền";
    static final String UPPER_SCHEDULE = "Báo cáo 6 tháng, năm công tác dân vận chính quyền của các sở, ngành";

    private final DemoData demoData;
    private final OrgStructure structure;
    private final OrgManagement org;
    private final ReportDesign design;
    private final ReportCollection collection;
    private final Actor system = Actor.system();

    DemoReports(DemoData demoData, OrgStructure structure, OrgManagement org, ReportDesign design, ReportCollection collection) {
        this.demoData = demoData;
        this.structure = structure;
        this.org = org;
        this.design = design;
        this.collection = collection;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demoData.enabled() || structure.findByCode("DNI-SNV-VP").isEmpty() || structure.findByCode("DNI-UBND-VP").isPresent()) {
            return;
        }
        UUID office = id("DNI-SNV-VP");
        UUID department = id("DNI-SNV");
        UUID ubnd = id("DNI-UBND");
        UUID ubndOffice = org.establish(system, new NewUnit("DNI-UBND-VP", "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai", "VP",
                UnitKind.OFFICE, ubnd, null, null));

        UUID template = design.defineTemplate(system, new NewTemplate(office, "Báo cáo kết quả công tác dân vận chính quyền",
                List.of(new DataElement("DOI_THOAI", "Số cuộc đối thoại, tiếp xúc với Nhân dân", "cuộc", Aggregation.SUM, Disaggregation.NONE),
                        new DataElement("CBCCVC", "Số cán bộ, công chức, viên chức", "người", Aggregation.SUM, Disaggregation.SEX),
                        new DataElement("QUAN_TRIET", "Số CBCCVC được quán triệt, học tập", "người", Aggregation.SUM, Disaggregation.NONE),
                        new DataElement("MO_HINH", "Số mô hình \"Dân vận khéo\" đăng ký", "mô hình", Aggregation.SUM, Disaggregation.NONE),
                        new DataElement("TU_CHAM", "Điểm tự đánh giá công tác dân vận chính quyền", "điểm", Aggregation.AVERAGE, Disaggregation.NONE)),
                NarrativeSection.usual(),
                List.of(new Indicator("TY_LE_QUAN_TRIET", "Tỷ lệ CBCCVC được quán triệt", "QUAN_TRIET", "CBCCVC", null, null)),
                List.of(new ValidationRule("QUAN_TRIET", ValidationRule.Comparison.LE, "CBCCVC"))));
        UUID schedule = design.planSchedule(system, new NewSchedule(SCHEDULE, template, office, department,
                Set.of(UnitKind.DIVISION, UnitKind.SUB_DEPARTMENT), null, PeriodType.HALF_YEAR, 0, 1, null, null, null, 15,
                List.of(7, 1), 2025, null));
        design.planSchedule(system, new NewSchedule(UPPER_SCHEDULE, template, ubndOffice, ubnd, Set.of(UnitKind.DEPARTMENT), null,
                PeriodType.HALF_YEAR, 0, 15, null, null, null, 15, List.of(7, 1), 2025, null));

        report(schedule, "DNI-SNV-XDCQ", LocalDate.of(2026, 5, 25), 4, 18, 11, 18, 2, 92, true,
                "Tổ chức 4 cuộc đối thoại giữa lãnh đạo Sở với công chức và Nhân dân về thủ tục hành chính.");
        report(schedule, "DNI-SNV-TCBC", LocalDate.of(2026, 5, 28), 2, 14, 8, 13, 1, 88, false,
                "Quán triệt Quy chế dân chủ ở cơ sở đến toàn thể công chức của phòng.");
        report(schedule, "DNI-SLDTBXH-LDVL", LocalDate.of(2026, 6, 8), 3, 22, 12, 20, 1, 85, false,
                "Phối hợp tổ chức 3 phiên giao dịch việc làm, đối thoại với người lao động.");
        report(schedule, "DNI-SLDTBXH-NCC", LocalDate.of(2026, 5, 30), 5, 16, 10, 16, 2, 90, true,
                "Thăm hỏi, tặng quà gia đình chính sách; tiếp nhận và giải quyết kịp thời kiến nghị của người có công.");
        report(schedule, "DNI-SLDTBXH-BTXH", LocalDate.of(2026, 5, 29), 2, 12, 7, 12, 1, 87, true,
                "Triển khai mô hình \"Dân vận khéo\" trong chi trả trợ cấp xã hội tại cộng đồng.");
        report(schedule, "DNI-SLDTBXH-CCPCTNXH", LocalDate.of(2026, 5, 31), 1, 25, 9, 24, 1, 84, false,
                "Tuyên truyền phòng, chống tệ nạn xã hội tại 12 khu dân cư.");
        // Phòng Giáo dục nghề nghiệp (DNI-SLDTBXH-GDNN) has not reported.
    }

    private void report(UUID schedule, String unitCode, LocalDate received, int dialogues, int staff, int women,
            int briefed, int models, int score, boolean approve, String results) {
        UUID unit = id(unitCode);
        UUID id = collection.open(system, schedule, "2026-H1", unit);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("DOI_THOAI", Integer.toString(dialogues));
        figures.put("CBCCVC", Integer.toString(staff));
        figures.put("CBCCVC.female", Integer.toString(women));
        figures.put("QUAN_TRIET", Integer.toString(briefed));
        figures.put("MO_HINH", Integer.toString(models));
        figures.put("TU_CHAM", Integer.toString(score));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("KET_QUA", results);
        texts.put("HAN_CHE", "Một số công chức chưa chủ động nắm bắt tâm tư, nguyện vọng của Nhân dân.");
        texts.put("PHUONG_HUONG", "Tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở và phong trào thi đua \"Dân vận khéo\".");
        long version = collection.save(system, id, 0, figures, texts);
        version = collection.recordReceived(system, id, version, received);
        if (approve) {
            collection.approve(system, id, version);
        }
    }

    private UUID id(String code) {
        return structure.findByCode(code).orElseThrow().id();
    }
}
