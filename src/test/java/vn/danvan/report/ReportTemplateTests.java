package vn.danvan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportTemplateTests {

    private final ReportTemplate template = ReportTemplate.define(UUID.randomUUID(), "Báo cáo dân vận chính quyền",
            List.of(new DataElement("MEMBERS", "Số đoàn viên", "người", Aggregation.SUM, Disaggregation.SEX),
                    new DataElement("TAKING_PART", "Số đoàn viên tham gia", "người", Aggregation.SUM, Disaggregation.NONE),
                    new DataElement("SCORE", "Điểm tự chấm", "điểm", Aggregation.AVERAGE, Disaggregation.NONE)),
            NarrativeSection.usual(),
            List.of(new Indicator("RATE", "Tỷ lệ tham gia", "TAKING_PART", "MEMBERS", null, null)),
            List.of(new ValidationRule("TAKING_PART", ValidationRule.Comparison.LE, "MEMBERS")), Instant.now());

    @Test
    void readsVietnameseNumbers() {
        Map<String, BigDecimal> figures = template.read(Map.of("MEMBERS", "1.234", "MEMBERS.female", "600,5", "TAKING_PART", "1200",
                "SCORE", "92.5"));
        assertThat(figures.get("MEMBERS")).isEqualByComparingTo("1234");
        assertThat(figures.get("MEMBERS.female")).isEqualByComparingTo("600.5");
        assertThat(figures.get("SCORE")).isEqualByComparingTo("92.5");
    }

    @Test
    void reportsEveryBadCellAtOnce() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class,
                () -> template.read(Map.of("MEMBERS", "abc", "TAKING_PART", "-3", "SCORE", "1,2,3")));
        assertThat(e.fieldProblems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("MEMBERS", "report.figure.not-a-number"),
                org.assertj.core.groups.Tuple.tuple("TAKING_PART", "report.figure.negative"),
                org.assertj.core.groups.Tuple.tuple("SCORE", "report.figure.not-a-number"));
    }

    @Test
    void refusesAPartAboveItsWholeAndABrokenRule() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class,
                () -> template.read(Map.of("MEMBERS", "100", "MEMBERS.male", "120", "TAKING_PART", "150")));
        assertThat(e.fieldProblems()).extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("report.figure.part-above-whole", "report.figure.rule-broken");
        InvalidInput sum = catchThrowableOfType(InvalidInput.class,
                () -> template.read(Map.of("MEMBERS", "100", "MEMBERS.male", "60", "MEMBERS.female", "50")));
        assertThat(sum.fieldProblems()).extracting(FieldProblem::code).containsExactly("report.figure.parts-above-whole");
    }

    @Test
    void indicatorsAreRatiosOfTheirElements() {
        Indicator rate = template.indicators().get(0);
        assertThat(rate.valueOf(new BigDecimal("45"), new BigDecimal("60"))).isEqualByComparingTo("75.00");
        assertThat(rate.valueOf(new BigDecimal("45"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void refusesIndicatorsOverUnknownElements() {
        assertThatThrownBy(() -> ReportTemplate.define(UUID.randomUUID(), "X",
                List.of(new DataElement("A", "A", "", null, null)), List.of(),
                List.of(new Indicator("R", "R", "A", "B", null, null)), List.of(), Instant.now()))
                .isInstanceOf(InvalidInput.class);
    }
}
