package vn.danvan.plan.extraction;

import java.time.Duration;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import vn.danvan.plan.extraction.ExtractedAssignment.Role;
import vn.danvan.plan.extraction.ReportingRule.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.groups.Tuple.tuple;

/** The patterns of plans beyond the seeds: other numbering, other wording, nothing that is not a plan. */
class PlanExtractorTests {

    private final PlanExtractor extractor = new PlanExtractor();

    private static final String PLAN = """
            KẾ HOẠCH
            Triển khai công tác dân vận năm 2025
            Căn cứ Chỉ thị số 45-CT/TU ngày 27/8/2024 của Ban Thường vụ Tỉnh ủy;
            1. MỤC ĐÍCH, YÊU CẦU
            a) Nâng cao nhận thức của cán bộ về công tác dân vận.
            b) Bảo đảm thiết thực, hiệu quả.
            2. CHỈ TIÊU
            - Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2%; giải quyết việc làm mới cho 1.200 lao động.
            - Tăng 5% số mô hình “Dân vận khéo” so với năm 2024; duy trì 100% xã đạt chuẩn.
            3. NHIỆM VỤ, GIẢI PHÁP
            3.1. Tuyên truyền, quán triệt
            Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể tổ chức tuyên truyền.
            3.2. Xây dựng mô hình
            a) Mỗi thôn xây dựng ít nhất 01 mô hình.
            + Đăng ký trước ngày 31/3.
            + Sơ kết trong tháng 6.
            b) Khen thưởng kịp thời.
            4. TỔ CHỨC THỰC HIỆN
            - Văn phòng HĐND và UBND xã có trách nhiệm theo dõi, tổng hợp.
            - Báo cáo 6 tháng: trước ngày 01/6; báo cáo năm: trước ngày 01/12, gửi về Văn phòng HĐND và UBND xã.
            Nơi nhận:
            - Như trên;
            - Lưu: VT.
            """;

    @Test
    void readsArabicTopLevelSectionsAndDecimalNumbering() {
        PlanExtraction plan = extractor.extract(PLAN);

        assertThat(plan.objectives()).containsExactly("Nâng cao nhận thức của cán bộ về công tác dân vận.", "Bảo đảm thiết thực, hiệu quả.");
        assertThat(plan.tasks()).extracting(ExtractedTask::number, ExtractedTask::parent)
                .containsExactly(tuple("3.1", null), tuple("3.2", null), tuple("3.2.a", "3.2"), tuple("3.2.a.1", "3.2.a"),
                        tuple("3.2.a.2", "3.2.a"), tuple("3.2.b", "3.2"));
        assertThat(plan.tasks().get(0).title()).isEqualTo("Tuyên truyền, quán triệt");
        assertThat(plan.tasks().get(0).text()).contains("Giao Phòng Văn hóa - Xã hội chủ trì");
    }

    @Test
    void readsTargetsWithTheirComparisons() {
        PlanExtraction plan = extractor.extract(PLAN);

        assertThat(plan.targets()).extracting(t -> t.quantity().comparison(), t -> t.quantity().value().intValue(), t -> t.quantity().unit())
                .containsExactly(tuple(Comparison.BELOW, 2, "%"), tuple(Comparison.AT_LEAST, 1200, "lao động"),
                        tuple(Comparison.INCREASE_BY, 5, "%"), tuple(Comparison.KEEP_AT, 100, "%"), tuple(Comparison.AT_LEAST, 1, "mô hình"));
        assertThat(plan.targets().get(0).indicator()).isEqualTo("tỷ lệ hộ nghèo");
        assertThat(plan.targets().get(3).indicator()).isEqualTo("xã đạt chuẩn");
    }

    @Test
    void readsLeadAndCoordinatingUnitsOfATask() {
        PlanExtraction plan = extractor.extract(PLAN);

        assertThat(plan.assignments()).extracting(ExtractedAssignment::unit, ExtractedAssignment::role, ExtractedAssignment::task)
                .contains(tuple("Phòng Văn hóa - Xã hội", Role.LEAD, "3.1"),
                        tuple("Ủy ban MTTQ Việt Nam xã", Role.COORDINATE, "3.1"),
                        tuple("Văn phòng HĐND và UBND xã", Role.RESPONSIBLE, null));
    }

    @Test
    void readsReportingDeadlines() {
        PlanExtraction plan = extractor.extract(PLAN);

        assertThat(plan.reporting()).extracting(ReportingRule::period, ReportingRule::deadline)
                .containsExactly(tuple(Period.SIX_MONTHS, MonthDay.of(6, 1)), tuple(Period.ANNUAL, MonthDay.of(12, 1)));
        assertThat(plan.reporting().get(0).to()).isEqualTo("Văn phòng HĐND và UBND xã");
    }

    @Test
    void pairsDeadlinesWithTheirPeriods() {
        PlanExtraction plan = extractor.extract("""
                III. TỔ CHỨC THỰC HIỆN
                1. Các xã báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) về Văn phòng UBND tỉnh.
                2. Định kỳ 6 tháng, năm báo cáo về Sở Nội vụ trước ngày 01 tháng 12.
                """);

        assertThat(plan.reporting()).extracting(ReportingRule::period, ReportingRule::deadline, ReportingRule::to)
                .containsExactly(tuple(Period.SIX_MONTHS, MonthDay.of(6, 15), "Văn phòng UBND tỉnh"),
                        tuple(Period.ANNUAL, MonthDay.of(12, 15), "Văn phòng UBND tỉnh"),
                        tuple(Period.SIX_MONTHS, null, "Sở Nội vụ"), tuple(Period.ANNUAL, MonthDay.of(12, 1), "Sở Nội vụ"));
    }

    @Test
    void takesNoNumbersFromDatesSymbolsOrYears() {
        PlanExtraction plan = extractor.extract("""
                II. NHIỆM VỤ
                1. Thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013, giai đoạn 2015-2020, Chỉ thị 18/2000/CT-TTg, lần thứ 5, khóa 10 người.
                """);

        assertThat(plan.targets()).isEmpty();
        assertThat(plan.tasks()).hasSize(1);
    }

    @Test
    void aTextThatIsNotAPlanYieldsNothing() {
        PlanExtraction plan = extractor.extract("Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.");

        assertThat(plan.isEmpty()).isTrue();
        assertThat(extractor.extract("").isEmpty()).isTrue();
        assertThat(extractor.extract(null).isEmpty()).isTrue();
    }

    @Test
    void readsALongLineInLinearTime() {
        String line = "- Tỷ lệ đoàn viên đạt 90%, " + "phối hợp với các phòng, ".repeat(20_000) + "giảm 1% hộ nghèo " + "x ".repeat(200_000)
                + "Báo cáo 6 tháng: trước ngày 01/6 " + "1.2.3.4.5.6.7.8.9 ".repeat(20_000);
        String text = "II. NHIỆM VỤ\n" + line + "\n" + "1. " + "tỷ lệ tỷ lệ tỷ lệ ".repeat(50_000) + "đạt 80%\n";

        PlanExtraction plan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extractor.extract(text));

        assertThat(plan.targets()).extracting(t -> t.quantity().value().intValue()).contains(90, 1, 80);
    }
}
