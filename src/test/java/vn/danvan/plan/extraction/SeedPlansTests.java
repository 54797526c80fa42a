package vn.danvan.plan.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.danvan.document.parsing.DocumentText;
import vn.danvan.plan.extraction.ExtractedAssignment.Role;
import vn.danvan.plan.extraction.ReportingRule.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** The plans in shared/seeds give the targets, tasks, assignments and reporting rules issue 4 lists. */
class SeedPlansTests {

    private final PlanExtractor extractor = new PlanExtractor();

    @Test
    void seed000YieldsTheDepartmentsTargets() throws IOException {
        PlanExtraction plan = seed("000_6b076b1f970a0aef");

        assertTarget(plan, Comparison.AT_LEAST, "85000", null, "lao động", "việc làm");
        assertTarget(plan, Comparison.KEEP_AT, "2.48", null, "%", "thất nghiệp thành thị");
        assertTarget(plan, Comparison.AT_LEAST, "97", null, "%", "thời gian lao động");
        assertTarget(plan, Comparison.AT_LEAST, "67400", null, "người", "đào tạo nghề");
        assertTarget(plan, Comparison.AT_LEAST, "68", null, "%", "lao động qua đào tạo");
        assertTarget(plan, Comparison.AT_LEAST, "53", null, "%", "qua đào tạo nghề");
        assertTarget(plan, Comparison.RANGE, "15", "16", "%", "trung cấp nghề");
        assertTarget(plan, Comparison.REDUCE_BY, "1", null, "%", "hộ nghèo");
        assertTarget(plan, Comparison.AT_LEAST, "100", null, "%", "quần chúng");
        assertTarget(plan, Comparison.AT_LEAST, "100", null, "%", "đảng viên");
        assertTarget(plan, Comparison.ABOVE, "90", null, "%", "đoàn viên, hội viên");
        assertTarget(plan, Comparison.ABOVE, "80", null, "%", "hoạt động phong trào");
    }

    @Test
    void seed000YieldsItsObjectivesTasksAndAssignments() throws IOException {
        PlanExtraction plan = seed("000_6b076b1f970a0aef");

        assertThat(plan.objectives()).hasSize(4);
        assertThat(plan.objectives().get(0)).startsWith("Tạo chuyển biến mạnh mẽ");
        assertThat(plan.tasks()).extracting(ExtractedTask::number)
                .contains("II.1", "II.1.1", "II.4", "III.1", "III.1.4", "III.3.5", "III.6").doesNotHaveDuplicates();
        ExtractedTask propaganda = task(plan, "III.1");
        assertThat(propaganda.title()).startsWith("Đẩy mạnh công tác tuyên truyền");
        assertThat(task(plan, "III.1.2").parent()).isEqualTo("III.1");
        assertThat(task(plan, "III.1.2").label()).isEqualTo("-");
        assertThat(plan.assignments()).contains(
                new ExtractedAssignment("Các phòng, chi cục, đơn vị trực thuộc Sở", Role.RESPONSIBLE, null,
                        "1. Các phòng, chi cục, đơn vị trực thuộc Sở căn cứ chức năng nhiệm vụ được giao, xây dựng kế hoạch cụ thể để triển khai thực hiện có hiệu quả công tác dân vận chính quyền tại đơn vị."));
        assertThat(plan.assignments()).extracting(ExtractedAssignment::unit, ExtractedAssignment::role)
                .contains(org.assertj.core.groups.Tuple.tuple("Văn phòng Sở", Role.RESPONSIBLE));
    }

    @Test
    void seed000ReportsEverySixMonthsAndYearToTheOffice() throws IOException {
        PlanExtraction plan = seed("000_6b076b1f970a0aef");

        assertThat(plan.reporting()).extracting(ReportingRule::period, ReportingRule::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Period.SIX_MONTHS, "Văn phòng Sở"),
                        org.assertj.core.groups.Tuple.tuple(Period.ANNUAL, "Văn phòng Sở"));
        assertThat(plan.reporting().get(0).text()).startsWith("Về chế độ báo cáo: Định kỳ 6 tháng, năm");
    }

    @Test
    void seed003YieldsThePartyCommitteesTargets() throws IOException {
        PlanExtraction plan = seed("003_805e6ce0319a12de");

        assertTarget(plan, Comparison.AT_LEAST, "100", null, "%", "tổ chức cơ sở đảng");
        assertTarget(plan, Comparison.AT_LEAST, "100", null, "%", "các cơ quan hành chính");
        assertTarget(plan, Comparison.AT_LEAST, "70", null, "%", "trung cấp chuyên nghiệp");
        assertTarget(plan, Comparison.RANGE, "80", "100", "%", "sinh hoạt và công tác thường xuyên");
        assertTarget(plan, Comparison.AT_LEAST, "80", null, "%", "cơ sở vững mạnh");
        assertThat(target(plan, "trung cấp chuyên nghiệp").indicator()).startsWith("Tỷ lệ tập hợp quần chúng");
    }

    @Test
    void seed003ReportsBeforeTheFifteenthOfDecemberEachYear() throws IOException {
        PlanExtraction plan = seed("003_805e6ce0319a12de");

        assertThat(plan.reporting()).anySatisfy(rule -> {
            assertThat(rule.period()).isEqualTo(Period.ANNUAL);
            assertThat(rule.deadline()).isEqualTo(MonthDay.of(12, 15));
            assertThat(rule.to()).isEqualTo("Ban Tuyên giáo");
            assertThat(rule.text()).contains("trước 15 tháng 12 hàng năm");
        });
        assertThat(plan.reporting()).extracting(ReportingRule::period, ReportingRule::to)
                .contains(org.assertj.core.groups.Tuple.tuple(Period.SIX_MONTHS, "Đảng ủy khối"));
    }

    @Test
    void seed003KeepsPartyNumberingAndFindsLeadAndCoordinatingUnits() throws IOException {
        PlanExtraction plan = seed("003_805e6ce0319a12de");

        assertThat(plan.objectives()).anySatisfy(o -> assertThat(o).startsWith("Xác định rõ nhiệm vụ"));
        assertThat(plan.tasks()).extracting(ExtractedTask::number).contains("III.1", "III.3.2", "III.7");
        assertThat(plan.assignments()).contains(
                new ExtractedAssignment("Ban Tuyên giáo Đảng ủy khối", Role.LEAD, "III.2", plan.assignments().stream()
                        .filter(a -> a.task() != null && a.task().equals("III.2") && a.role() == Role.LEAD).findFirst().orElseThrow().source()));
        assertThat(plan.assignments()).filteredOn(a -> "III.2".equals(a.task()))
                .extracting(ExtractedAssignment::unit, ExtractedAssignment::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ban Tuyên giáo Đảng ủy khối", Role.LEAD),
                        org.assertj.core.groups.Tuple.tuple("Ban Tổ chức Đảng ủy khối", Role.COORDINATE));
    }

    @Test
    void seed001HasContentsAndALeadOfficeButNoTargets() throws IOException {
        PlanExtraction plan = seed("001_e77826071ea44a9d");

        assertThat(plan.targets()).isEmpty();
        assertThat(plan.tasks()).extracting(ExtractedTask::number).contains("II.1", "II.8", "II.8.1", "II.10");
        assertThat(plan.assignments()).extracting(ExtractedAssignment::unit, ExtractedAssignment::role, ExtractedAssignment::task)
                .contains(org.assertj.core.groups.Tuple.tuple("Văn phòng Sở", Role.LEAD, null),
                        org.assertj.core.groups.Tuple.tuple("các phòng chuyên môn", Role.COORDINATE, null),
                        org.assertj.core.groups.Tuple.tuple("các đơn vị trực thuộc", Role.COORDINATE, null));
    }

    private PlanExtraction seed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/documents/" + name + ".txt")) {
            return extractor.extract(DocumentText.extract(in.readAllBytes(), name + ".txt"));
        }
    }

    private static ExtractedTask task(PlanExtraction plan, String number) {
        return plan.tasks().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    private static ExtractedTarget target(PlanExtraction plan, String words) {
        return plan.targets().stream().filter(t -> t.indicator().contains(words)).findFirst().orElseThrow();
    }

    private static void assertTarget(PlanExtraction plan, Comparison comparison, String value, String valueMax, String unit,
            String indicatorWords) {
        List<ExtractedTarget> matching = plan.targets().stream()
                .filter(t -> t.quantity().comparison() == comparison
                        && t.quantity().value().compareTo(new BigDecimal(value)) == 0
                        && (valueMax == null ? t.quantity().valueMax() == null : t.quantity().valueMax().compareTo(new BigDecimal(valueMax)) == 0)
                        && unit.equals(t.quantity().unit())
                        && t.indicator().toLowerCase().contains(indicatorWords.toLowerCase()))
                .toList();
        assertThat(matching).as("%s %s %s %s about \"%s\" in %s", comparison, value, valueMax, unit, indicatorWords,
                plan.targets()).isNotEmpty();
        assertThat(matching.get(0).source()).contains(matching.get(0).text().substring(0, Math.min(20, matching.get(0).text().length())));
    }
}
