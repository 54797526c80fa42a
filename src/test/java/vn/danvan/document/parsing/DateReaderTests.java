package vn.danvan.document.parsing;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateReaderTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "ngày 29 tháng 02 năm 2016; 2016-02-29",
            "ngày 05 tháng 7 năm 2023; 2023-07-05",
            "Ngày 6 tháng 6 năm 2014; 2014-06-06",
            "ngày 03 tháng bốn năm 2018; 2018-04-03",
            "ngày 1 tháng mười hai năm 2020; 2020-12-01",
            "06/01/2016; 2016-01-06",
            "6/1/2016; 2016-01-06",
            "6-1-2016; 2016-01-06",
            "01-10-1997; 1997-10-01",
            "08.11.2011; 2011-11-08",
            "ngày 27/8/2024; 2024-08-27",
            "ngày22/5/2020; 2020-05-22",
            "ngày 14/02/2012 của UBND; 2012-02-14",
    })
    void readsEachForm(String text, LocalDate date) {
        assertThat(DateReader.read(text, 0, text.length())).extracting(DateReader.Found::date).isEqualTo(date);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"30/02/2016", "32/1/2016", "6/13/2016", "ngày tháng năm 2024", "06/01/16", "15/10", "2016-01-06",
            "6-1/2016", "ngày 12 tháng 2016", "123/01/2016"})
    void refusesNonDates(String text) {
        assertThat(DateReader.read(text, 0, text.length())).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ngày tháng năm 2024", "ngày    tháng   năm 2024", "ngày ... tháng ... năm 2024"})
    void recognisesABlankHeaderDate(String text) {
        assertThat(DateReader.blankHeaderDate(text, 0, text.length())).isTrue();
    }
}
