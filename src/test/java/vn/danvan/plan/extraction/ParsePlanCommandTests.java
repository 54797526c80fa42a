package vn.danvan.plan.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse-plan FILE...}: one JSON object per file in order, numbers as numbers, one line per unreadable file. */
class ParsePlanCommandTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneObjectPerFileInOrder() throws IOException {
        Path first = seed("000_6b076b1f970a0aef");
        Path second = seed("003_805e6ce0319a12de");

        int exit = run(first.toString(), second.toString());

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        JsonNode result = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(result.size()).isEqualTo(2);
        JsonNode plan = result.get(0);
        assertThat(plan.propertyNames()).containsExactly("objectives", "targets", "tasks", "assignments", "reporting");
        JsonNode jobs = plan.get("targets").get(0);
        assertThat(jobs.propertyNames()).containsExactly("text", "indicator", "comparison", "value", "valueMax", "unit");
        assertThat(jobs.get("value").isNumber()).isTrue();
        assertThat(jobs.get("value").asString()).isEqualTo("85000");
        assertThat(plan.get("targets").get(1).get("value").decimalValue()).isEqualByComparingTo("2.48");
        assertThat(plan.get("targets").get(1).get("comparison").asString()).isEqualTo("KEEP_AT");
        assertThat(plan.get("tasks").get(0).propertyNames()).containsExactly("number", "title");
        assertThat(plan.get("assignments").get(0).propertyNames()).containsExactly("unit", "role", "task");
        assertThat(plan.get("reporting").get(0).get("to").asString()).isEqualTo("Văn phòng Sở");
        JsonNode december = result.get(1).get("reporting").get(2);
        assertThat(december.get("deadline").asString()).isEqualTo("--12-15");
        assertThat(december.get("period").asString()).isEqualTo("ANNUAL");
    }

    @Test
    void anUnreadableFileGivesOneLineAndExitCodeTwoWhileTheOthersArePrinted() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, 3, 0, 0, 0, 0, 5, 6});
        Path good = seed("001_e77826071ea44a9d");

        int exit = run(empty.toString(), dir.resolve("missing.docx").toString(), junk.toString(), good.toString());

        assertThat(exit).isEqualTo(2);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3).noneMatch(line -> line.contains("Exception:") || line.startsWith("\tat "));
        assertThat(lines.get(0)).contains("empty.txt");
        assertThat(lines.get(1)).contains("missing.docx");
        assertThat(JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).size()).isEqualTo(1);
    }

    @Test
    void withoutFilesPrintsTheUsage() {
        assertThat(run()).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar danvan.jar parse-plan");
    }

    private int run(String... files) {
        return new ParsePlanCommand().run(List.of(files), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path seed(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/documents/" + name + ".txt")) {
            return Files.write(dir.resolve(name + ".txt"), in.readAllBytes());
        }
    }
}
