package vn.danvan.report;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * A fresh department per test, with its office coordinating the 6-month reports of its divisions (deadline "trước
 * 01/6, 01/12"), a template of members, members taking part (≤ members) and their rate, and the people who act.
 */
abstract class ReportFixture extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    protected ReportDesign design;
    @org.springframework.beans.factory.annotation.Autowired
    protected ReportCollection collection;
    @org.springframework.beans.factory.annotation.Autowired
    protected ReportAnalysis analysis;

    protected UUID department;
    protected UUID office;
    protected UUID templateId;
    protected Actor officer;
    protected Actor director;

    protected void setUpDepartment(int graceDays) {
        UUID province = province("Tỉnh Thử nghiệm");
        department = unit("Sở Nội vụ thử nghiệm", UnitKind.DEPARTMENT, province);
        office = unit("Văn phòng Sở", UnitKind.OFFICE, department);
        officer = actor(Role.COORDINATING_OFFICE, office);
        director = actor(Role.LEADER, department);
        templateId = design.defineTemplate(officer, new NewTemplate(office, "Báo cáo công tác dân vận chính quyền",
                List.of(new DataElement("MEMBERS", "Số đoàn viên", "người", Aggregation.SUM, Disaggregation.SEX),
                        new DataElement("TAKING_PART", "Số đoàn viên tham gia", "người", Aggregation.SUM, null),
                        new DataElement("SCORE", "Điểm tự đánh giá", "điểm", Aggregation.AVERAGE, null)),
                NarrativeSection.usual(),
                List.of(new Indicator("RATE", "Tỷ lệ tham gia", "TAKING_PART", "MEMBERS", null, null)),
                List.of(new ValidationRule("TAKING_PART", ValidationRule.Comparison.LE, "MEMBERS"))));
        this.graceDays = graceDays;
    }

    private int graceDays;

    protected UUID halfYearSchedule() {
        return design.planSchedule(officer, new NewSchedule("Báo cáo 6 tháng, năm", templateId, office, department,
                Set.of(UnitKind.DIVISION), null, PeriodType.HALF_YEAR, 0, 1, null, null, null, graceDays, List.of(7, 1), 2020, null));
    }

    protected UUID division(String name) {
        return unit(name, UnitKind.DIVISION, department);
    }
}
