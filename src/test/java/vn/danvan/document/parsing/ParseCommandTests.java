package vn.danvan.document.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ParseCommandTests {

    private static final Path SEEDS = Path.of("src/main/resources/demo/documents");
    private static final List<String> NAMES = List.of("003_805e6ce0319a12de.txt", "000_6b076b1f970a0aef.txt",
            "001_e77826071ea44a9d.txt");

    private final JsonMapper json = JsonMapper.builder().build();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parse(String... files) {
        return new ParseCommand().run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsAJsonArrayInArgumentOrderWithTheFieldsOfTheSeeds() throws IOException {
        int exit = parse(NAMES.stream().map(name -> SEEDS.resolve(name).toString()).toArray(String[]::new));

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode results = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(results.isArray()).isTrue();
        List<String> files = new ArrayList<>();
        for (JsonNode result : results) {
            files.add(result.get("file").asString());
            JsonNode expected = json.readTree(Path.of("src/test/resources/parsing",
                    result.get("file").asString().replace(".txt", ".expected.json")).toFile());
            assertThat(names(result)).containsAll(names(expected));
            assertThat(names(result.get("document"))).containsAll(names(expected.get("document")))
                    .contains("typeCode", "issuerCode", "signingAuthority", "recipients");
            assertThat(result.get("citations")).hasSameSizeAs(expected.get("citations"));
            for (JsonNode citation : result.get("citations")) {
                assertThat(names(citation)).contains("symbol", "issuedOn", "number", "typeCode", "issuerCode", "title", "relation");
            }
        }
        assertThat(files).containsExactlyElementsOf(NAMES);
        assertThat(results.get(1).get("document").get("symbol").asString()).isEqualTo("22/KH-LĐTBXH");
        assertThat(results.get(1).get("citations").get(0).get("relation").asString()).isEqualTo("BASED_ON");
    }

    @Test
    void anUnreadableFileGivesExitCodeTwoAndOneLineOnStandardError(@TempDir Path dir) throws IOException {
        Path junk = Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7, 9, 0, 0});
        Path missing = dir.resolve("missing.docx");

        int exit = parse(SEEDS.resolve(NAMES.get(0)).toString(), junk.toString(), missing.toString(), dir.toString());

        assertThat(exit).isEqualTo(2);
        List<String> messages = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(messages).hasSize(3).allSatisfy(message -> assertThat(message).doesNotContain("Exception", "\tat "));
        assertThat(messages.get(0)).contains("junk.txt");
        assertThat(messages.get(1)).contains("missing.docx");
        JsonNode results = json.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).get("file").asString()).isEqualTo(NAMES.get(0));
    }

    @Test
    void withoutFilesItPrintsTheUsage() {
        int exit = parse();

        assertThat(exit).isNotZero().isNotEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar danvan.jar parse FILE...");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            names.add(property.getKey());
        }
        return names;
    }
}
