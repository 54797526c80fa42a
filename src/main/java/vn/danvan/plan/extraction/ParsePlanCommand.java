package vn.danvan.plan.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import vn.danvan.document.parsing.DocumentText;
import vn.danvan.document.parsing.UnreadableDocument;

/**
 * {@code java -jar danvan.jar parse-plan FILE...}: prints a JSON array with one object per readable file, in argument
 * order: objectives, targets, tasks, assignments and reporting rules. A file that cannot be read gives one line on
 * stderr and exit code 2 (the others are still printed); no arguments give the usage and exit code 64. Runs without
 * the application (no Spring context).
 */
public final class ParsePlanCommand {

    public static final String NAME = "parse-plan";

    private final PlanExtractor extractor = new PlanExtractor();
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Runs the command on the files and returns the exit code. */
    public int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: java -jar danvan.jar " + NAME + " FILE...");
            return 64;
        }
        int exit = 0;
        List<Map<String, Object>> results = new ArrayList<>();
        for (String file : files) {
            try {
                Path path = Path.of(file);
                String text = DocumentText.extract(Files.readAllBytes(path), String.valueOf(path.getFileName()));
                results.add(toJson(extractor.extract(text)));
            } catch (UnreadableDocument e) {
                err.println(oneLine(e.getMessage()));
                exit = 2;
            } catch (IOException | InvalidPathException | SecurityException | OutOfMemoryError e) {
                err.println(oneLine(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")"));
                exit = 2;
            } catch (RuntimeException e) {
                err.println(oneLine(file + ": cannot read the plan (" + e.getClass().getSimpleName() + ")"));
                exit = 2;
            }
        }
        out.println(json.writeValueAsString(results));
        out.flush();
        return exit;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }

    /** 85000 rather than 8.5E+4, 2.48 rather than 2.480. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The command's JSON for one plan: numbers as numbers, deadlines as "--MM-DD". */
    public static Map<String, Object> toJson(PlanExtraction plan) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (ExtractedTarget target : plan.targets()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("text", target.text());
            t.put("indicator", target.indicator());
            t.put("comparison", target.quantity().comparison().name());
            t.put("value", plain(target.quantity().value()));
            t.put("valueMax", plain(target.quantity().valueMax()));
            t.put("unit", target.quantity().unit());
            targets.add(t);
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (ExtractedTask task : plan.tasks()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("number", task.number());
            t.put("title", task.title());
            tasks.add(t);
        }
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (ExtractedAssignment assignment : plan.assignments()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("unit", assignment.unit());
            a.put("role", assignment.role().name());
            a.put("task", assignment.task());
            assignments.add(a);
        }
        List<Map<String, Object>> reporting = new ArrayList<>();
        for (ReportingRule rule : plan.reporting()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("period", rule.period().name());
            r.put("deadline", rule.deadline() == null ? null : rule.deadline().toString());
            r.put("to", rule.to());
            r.put("text", rule.text());
            reporting.add(r);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("objectives", plan.objectives());
        result.put("targets", targets);
        result.put("tasks", tasks);
        result.put("assignments", assignments);
        result.put("reporting", reporting);
        return result;
    }
}
