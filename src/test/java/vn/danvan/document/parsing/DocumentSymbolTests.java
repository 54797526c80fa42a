package vn.danvan.document.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSymbolTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // raw; text; number; year; type; issuer; party
            "1954/KH-UBND; 1954/KH-UBND; 1954; -; KH; UBND; false",
            "Số: 22 /KH-LĐTBXH; 22/KH-LĐTBXH; 22; -; KH; LĐTBXH; false",
            "05/QyĐ-UBND; 05/QyĐ-UBND; 5; -; QyĐ; UBND; false",
            "59/2023/NĐ-CP; 59/2023/NĐ-CP; 59; 2023; NĐ; CP; false",
            "18/2000/CT-TTg; 18/2000/CT-TTg; 18; 2000; CT; TTg; false",
            "55/2005/TTLT-BNV-VPCP; 55/2005/TTLT-BNV-VPCP; 55; 2005; TTLT; BNV-VPCP; false",
            "44 /2005/QĐ-UBND; 44/2005/QĐ-UBND; 44; 2005; QĐ; UBND; false",
            "Luật số: 10/2022/QH15; 10/2022/QH15; 10; 2022; -; QH15; false",
            "351/2017/UBTVQH14; 351/2017/UBTVQH14; 351; 2017; -; UBTVQH14; false",
            "25-NQ/TW; 25-NQ/TW; 25; -; NQ; TW; true",
            "Số 127-QĐ/TW; 127-QĐ/TW; 127; -; QĐ; TW; true",
            "100 - KL/TW; 100-KL/TW; 100; -; KL; TW; true",
            "11-QĐi/TW; 11-QĐi/TW; 11; -; QĐi; TW; true",
            "79-CTr/BDVTW-BCSĐCP; 79-CTr/BDVTW-BCSĐCP; 79; -; CTr; BDVTW-BCSĐCP; true",
            "Số: 367 - QĐ/TWĐTN-VP; 367-QĐ/TWĐTN-VP; 367; -; QĐ; TWĐTN-VP; true",
            "23-TT/TU; 23-TT/TU; 23; -; TT; TU; true",
            "4409/TCT-KK; 4409/TCT-KK; 4409; -; -; TCT-KK; false",
            "840/SNV-XDCQ&TCBC; 840/SNV-XDCQ&TCBC; 840; -; -; SNV-XDCQ&TCBC; false",
            "03/VBHN-VPQH; 03/VBHN-VPQH; 3; -; VBHN; VPQH; false",
            "30c/NQ-CP; 30c/NQ-CP; 30; -; NQ; CP; false",
            "169/QĐ- UBND; 169/QĐ-UBND; 169; -; QĐ; UBND; false",
            "169 /QĐ -UBND; 169/QĐ-UBND; 169; -; QĐ; UBND; false",
            "s1122/QĐ-UBND; 1122/QĐ-UBND; 1122; -; QĐ; UBND; false",
            "06-Ctr/TU; 06-CTr/TU; 6; -; CTr; TU; true",
            "25–NQ/TW; 25-NQ/TW; 25; -; NQ; TW; true",
            "1206 /QĐ-HVTC; 1206/QĐ-HVTC; 1206; -; QĐ; HVTC; false",
    })
    void readsEachStyle(String raw, String text, Integer number, Integer year, String type, String issuer, boolean party) {
        DocumentSymbol symbol = DocumentSymbol.parse(raw).orElseThrow();

        assertThat(symbol.text()).isEqualTo(text);
        assertThat(symbol.number()).isEqualTo(number);
        assertThat(symbol.year()).isEqualTo(year);
        assertThat(symbol.typeCode()).isEqualTo(type);
        assertThat(symbol.issuerCode()).isEqualTo(issuer);
        assertThat(symbol.party()).isEqualTo(party);
    }

    @Test
    void icelandicEthIsTheVietnameseD() {
        assertThat(DocumentSymbol.parse("169/Q\u00D0-UBND").orElseThrow().text()).isEqualTo("169/QĐ-UBND");
        assertThat(DocumentSymbol.parse("768-Q\u00D0/TU").orElseThrow().key()).isEqualTo(DocumentSymbol.parse("768-QĐ/TU").orElseThrow().key());
    }

    @Test
    void decomposedTextIsNormalised() {
        String decomposed = java.text.Normalizer.normalize("Số 12/QĐ-UBND", java.text.Normalizer.Form.NFD);
        assertThat(DocumentSymbol.parse(decomposed).orElseThrow().text()).isEqualTo("12/QĐ-UBND");
    }

    @Test
    void keyIgnoresLeadingZerosCaseAndSpacesButKeepsTheStyle() {
        String key = DocumentSymbol.parse("5/KH-UBND").orElseThrow().key();
        assertThat(DocumentSymbol.parse("05/KH-UBND").orElseThrow().key()).isEqualTo(key);
        assertThat(DocumentSymbol.parse("05 / KH-UBND").orElseThrow().key()).isEqualTo(key);
        assertThat(DocumentSymbol.parse("06-Ctr/TU").orElseThrow().key()).isEqualTo(DocumentSymbol.parse("06-CTr/TU").orElseThrow().key());
        assertThat(DocumentSymbol.parse("25-NQ/TW").orElseThrow().key()).isNotEqualTo(DocumentSymbol.parse("25/NQ-TW").orElseThrow().key());
        assertThat(DocumentSymbol.parse("59/2023/NĐ-CP").orElseThrow().key()).isEqualTo("59/2023/NĐ-CP");
    }

    @Test
    void codesFollowTheNumber() {
        assertThat(DocumentSymbol.parse("84-CV/ĐU").orElseThrow().codes()).isEqualTo("CV/ĐU");
        assertThat(DocumentSymbol.parse("22/KH-LĐTBXH").orElseThrow().codes()).isEqualTo("KH-LĐTBXH");
        assertThat(DocumentSymbol.parse("59/2023/NĐ-CP").orElseThrow().codes()).isEqualTo("NĐ-CP");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "abc", "15/10/2024", "2011-2020", "1/2 số", "12/Về việc", "Điều 3", "25-NQ", "/KH-UBND", "12/",
            "1234567/KH-UBND", "12/KH-UBND và thêm", "15-16%", "6-1-2016", "12/2016/"})
    void refusesWhatIsNotASymbol(String raw) {
        assertThat(DocumentSymbol.parse(raw)).isEmpty();
    }
}
