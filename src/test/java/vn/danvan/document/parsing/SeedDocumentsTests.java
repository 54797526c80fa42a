package vn.danvan.document.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three sample documents give exactly their expected results (shared/seeds): every field present in the expected
 * file, text fields compared as the seeds' README says (NFC, case folding, collapsed whitespace, tone-mark placement,
 * optional leading "V/v"), citations in order with their dates.
 */
class SeedDocumentsTests {

    private static final List<String> TEXT_FIELDS = List.of("issuer", "title", "typeName", "place", "signer", "signerTitle");
    private final JsonMapper json = JsonMapper.builder().build();
    private final DocumentParser parser = new DocumentParser();

    @ParameterizedTest
    @ValueSource(strings = {"000_6b076b1f970a0aef", "001_e77826071ea44a9d", "003_805e6ce0319a12de"})
    void seedMatchesItsExpectedResult(String seed) throws IOException {
        byte[] content = resource("/demo/documents/" + seed + ".txt");
        JsonNode expected = json.readTree(resource("/parsing/" + seed + ".expected.json"));
        JsonNode actual = json.valueToTree(ParseCommand.toJson(seed + ".txt", parser.parse(content, seed + ".txt")));

        assertThat(actual.get("file").asString()).isEqualTo(expected.get("file").asString());
        assertThat(actual.get("kind").asString()).isEqualTo(expected.get("kind").asString());
        for (Map.Entry<String, JsonNode> field : expected.get("document").properties()) {
            JsonNode value = actual.get("document").get(field.getKey());
            assertThat(value).as(seed + " document." + field.getKey()).isNotNull();
            if (TEXT_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                assertThat(comparable(value.asString())).as(seed + " document." + field.getKey())
                        .isEqualTo(comparable(field.getValue().asString()));
            } else {
                assertThat(value).as(seed + " document." + field.getKey()).isEqualTo(field.getValue());
            }
        }
        assertThat(citations(actual)).as(seed + " citations").containsExactlyElementsOf(citations(expected));
    }

    private static List<String> citations(JsonNode result) {
        List<String> citations = new ArrayList<>();
        for (JsonNode citation : result.get("citations")) {
            citations.add(citation.get("symbol").asString() + " " + citation.get("issuedOn"));
        }
        return citations;
    }

    /** The seeds' comparison of text fields. */
    static String comparable(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()
                .replace("uỷ", "ủy").replace("hoà", "hòa").replace("thuỷ", "thủy").replace("khoá", "khóa");
        return value.startsWith("v/v ") ? value.substring(4) : value;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = SeedDocumentsTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
