package vn.danvan.plan.extraction;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VietnameseNumberTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "85.000; 85000", "2,48; 2.48", "1.234,5; 1234.5", "67.400; 67400", "100; 100", "0; 0", "1.234.567; 1234567",
            "2.5; 2.5", "15; 15", "1,5; 1.5", "0,05; 0.05", "1,234.5; 1234.5", "1,234,567; 1234567", "85 000; 85000",
            "-3; -3", "12.345.678,91; 12345678.91"})
    void readsNumbersAsVietnameseDocumentsWriteThem(String text, String expected) {
        assertThat(VietnameseNumber.parse(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "85.", ".5", "1..2", "1,2,3", "1.2.3", "12a", "1.234,5,6", "%", "1.23.456"})
    void refusesWhatIsNotANumber(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VietnameseNumber.parse(text)).withMessageContaining("not a number");
    }

    @Test
    void refusesNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietnameseNumber.parse(null));
    }

    @Test
    void writesNumbersTheVietnameseWay() {
        assertThat(VietnameseNumber.format(new BigDecimal("85000"))).isEqualTo("85.000");
        assertThat(VietnameseNumber.format(new BigDecimal("2.48"))).isEqualTo("2,48");
        assertThat(VietnameseNumber.format(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    }

    @Property(tries = 300)
    void readsBackWhatItWrites(@ForAll @BigRange(min = "0", max = "100000000") @Scale(3) BigDecimal value) {
        assertThat(VietnameseNumber.parse(VietnameseNumber.format(value))).isEqualByComparingTo(value);
    }
}
