package vn.danvan.plan.extraction;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuantityTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "85.000 lao động; AT_LEAST; 85000; null; lao động",
            "67.400 người; AT_LEAST; 67400; null; người",
            "85.000; AT_LEAST; 85000; null; null",
            "2,48%; AT_LEAST; 2.48; null; %",
            "2,48 %; AT_LEAST; 2.48; null; %",
            "15-16%; RANGE; 15; 16; %",
            "15 – 16 %; RANGE; 15; 16; %",
            "80%-100%; RANGE; 80; 100; %",
            "từ 80% đến 100%; RANGE; 80; 100; %",
            "trên 90%; ABOVE; 90; null; %",
            "dưới 5%; BELOW; 5; null; %",
            "80% trở lên; AT_LEAST; 80; null; %",
            "từ 80% trở lên; AT_LEAST; 80; null; %",
            "giảm 1%; REDUCE_BY; 1; null; %",
            "tăng 5%; INCREASE_BY; 5; null; %",
            "duy trì 100%; KEEP_AT; 100; null; %",
            "giữ ở mức 2,48%; KEEP_AT; 2.48; null; %",
            "không quá 3%; AT_MOST; 3; null; %",
            "tối thiểu 50 người; AT_LEAST; 50; null; người",
            "ít nhất 12 mô hình; AT_LEAST; 12; null; mô hình",
            "xuống còn 2%; AT_MOST; 2; null; %",
            "100 phần trăm; AT_LEAST; 100; null; %",
            "12 câu lạc bộ; AT_LEAST; 12; null; câu lạc bộ",
            "30 sân chơi; AT_LEAST; 30; null; sân chơi",
            "1.500 hộ; AT_LEAST; 1500; null; hộ",
            "5 tỷ đồng; AT_LEAST; 5; null; tỷ đồng",
            "tăng lên 97%; AT_LEAST; 97; null; %",
            "nâng tỷ lệ lên 97%; AT_LEAST; 97; null; %",
            "giữ tỷ lệ thất nghiệp thành thị ở mức 2,48%; KEEP_AT; 2.48; null; %",
            "giảm tỷ lệ hộ nghèo xuống 2%; AT_MOST; 2; null; %",
            "Tỷ lệ lao động đào tạo nghề từ trung cấp nghề trở lên chiếm tỷ lệ 15-16%; RANGE; 15; 16; %"})
    void readsAQuantityAsWritten(String text, Comparison comparison, String value, String valueMax, String unit) {
        Quantity quantity = Quantity.parse(text);

        assertThat(quantity.comparison()).isEqualTo(comparison);
        assertThat(quantity.value()).isEqualByComparingTo(value);
        if (valueMax == null) {
            assertThat(quantity.valueMax()).isNull();
        } else {
            assertThat(quantity.valueMax()).isEqualByComparingTo(valueMax);
        }
        assertThat(quantity.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "không có số", "%", "trên", "80% và 90%", "85.000 lao động, 67.400 người"})
    void refusesTextWithoutExactlyOneQuantity(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse(text)).withMessageContaining("quantity");
    }

    @Test
    void refusesARangeUpsideDown() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse("16-15%")).withMessageContaining("upside down");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse("100% - 80%")).withMessageContaining("upside down");
    }

    @Test
    void refusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse(null));
    }

    @Test
    void onlyARangeHasAnUpperValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparison.RANGE, BigDecimal.ONE, null, "%"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quantity(Comparison.ABOVE, BigDecimal.ONE, BigDecimal.TEN, "%"));
    }

    @Test
    void knowsAPercentage() {
        assertThat(Quantity.parse("trên 90%").isPercent()).isTrue();
        assertThat(Quantity.parse("90 người").isPercent()).isFalse();
    }

    @Property(tries = 200)
    void readsBackWhatItWrites(@ForAll Comparison comparison, @ForAll @IntRange(min = 0, max = 100000) int value,
            @ForAll @IntRange(min = 0, max = 500) int width, @ForAll("units") String unit) {
        BigDecimal low = BigDecimal.valueOf(value, 1);
        Quantity quantity = new Quantity(comparison, low,
                comparison == Comparison.RANGE ? low.add(BigDecimal.valueOf(width)) : null, unit);

        Quantity read = Quantity.parse(quantity.written());

        assertThat(read.comparison()).isEqualTo(quantity.comparison());
        assertThat(read.value()).isEqualByComparingTo(quantity.value());
        assertThat(read.unit()).isEqualTo(quantity.unit());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> units() {
        return net.jqwik.api.Arbitraries.of("%", "lao động", "người", "hộ", "mô hình", "đơn vị");
    }

    @Property(tries = 200)
    void readsAnyRangeInEitherSpelling(@ForAll @IntRange(min = 0, max = 100000) int low, @ForAll @IntRange(min = 0, max = 1000) int width) {
        int high = low + width;
        String lowText = VietnameseNumber.format(BigDecimal.valueOf(low));
        String highText = VietnameseNumber.format(BigDecimal.valueOf(high));
        for (String text : new String[] {lowText + "-" + highText + "%", lowText + "% - " + highText + "%",
                "từ " + lowText + " đến " + highText + " người"}) {
            Quantity quantity = Quantity.parse(text);
            assertThat(quantity.comparison()).isEqualTo(Comparison.RANGE);
            assertThat(quantity.value()).isEqualByComparingTo(BigDecimal.valueOf(low));
            assertThat(quantity.valueMax()).isEqualByComparingTo(BigDecimal.valueOf(high));
        }
    }
}
