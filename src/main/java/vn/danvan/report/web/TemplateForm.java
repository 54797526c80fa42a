package vn.danvan.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.danvan.report.Aggregation;
import vn.danvan.report.DataElement;
import vn.danvan.report.Disaggregation;
import vn.danvan.report.Indicator;
import vn.danvan.report.NarrativeSection;
import vn.danvan.report.NewTemplate;
import vn.danvan.report.ReportTemplate;
import vn.danvan.report.ValidationRule;
import vn.danvan.shared.InvalidInput;

/**
 * A template as an office types it: one line per element ("MA; Tên; đơn vị tính; SUM|AVERAGE|NONE; NONE|SEX|ETHNICITY"),
 * section ("MA; Tiêu đề"), indicator ("MA; Tên; TỬ_SỐ; MẪU_SỐ; hệ số") and rule ("A <= B"), fields separated by ";".
 */
record TemplateForm(UUID ownerUnitId, String name, String elements, String sections, String indicators, String rules) {

    static TemplateForm blank(UUID ownerUnitId) {
        return new TemplateForm(ownerUnitId, "", "", NarrativeSection.usual().stream().map(s -> s.code() + "; " + s.heading())
                .collect(Collectors.joining("\n")), "", "");
    }

    static TemplateForm of(ReportTemplate t) {
        return new TemplateForm(t.ownerUnitId(), t.name(),
                t.elements().stream().map(e -> String.join("; ", e.code(), e.name(), e.measure(), e.aggregation().name(),
                        e.disaggregation().name())).collect(Collectors.joining("\n")),
                t.sections().stream().map(s -> s.code() + "; " + s.heading()).collect(Collectors.joining("\n")),
                t.indicators().stream().map(i -> String.join("; ", i.code(), i.name(), i.numerator(), i.denominator(),
                        i.factor().stripTrailingZeros().toPlainString())).collect(Collectors.joining("\n")),
                t.rules().stream().map(r -> r.leftElement() + " " + r.comparison().symbol() + " " + r.rightElement())
                        .collect(Collectors.joining("\n")));
    }

    NewTemplate toNewTemplate() {
        return new NewTemplate(ownerUnitId, name,
                lines("elements", elements, 2, f -> new DataElement(f[0], f[1], at(f, 2), at(f, 3).isEmpty() ? null
                        : Aggregation.valueOf(at(f, 3).toUpperCase()), at(f, 4).isEmpty() ? null
                        : Disaggregation.valueOf(at(f, 4).toUpperCase()))),
                lines("sections", sections, 2, f -> new NarrativeSection(f[0], f[1])),
                lines("indicators", indicators, 4, f -> new Indicator(f[0], f[1], f[2], f[3],
                        at(f, 4).isEmpty() ? null : new BigDecimal(at(f, 4).replace(',', '.')), null)),
                rules == null ? List.of() : rules.lines().map(String::strip).filter(l -> !l.isEmpty()).map(TemplateForm::rule).toList());
    }

    private static <T> List<T> lines(String field, String text, int required, Function<String[], T> make) {
        List<T> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(";", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            if (fields.length < required) {
                throw InvalidInput.field(field, "report.template.line-invalid", number, line.strip());
            }
            try {
                result.add(make.apply(fields));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.field(field, "report.template.line-invalid", number, line.strip());
            }
        }
        return result;
    }

    private static String at(String[] fields, int index) {
        return index < fields.length ? fields[index] : "";
    }

    private static ValidationRule rule(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\S+)\\s*(<=|>=|≤|≥|<|>|=)\\s*(\\S+)").matcher(line);
        if (!m.matches()) {
            throw InvalidInput.field("rules", "report.template.rule-invalid");
        }
        ValidationRule.Comparison comparison = switch (m.group(2)) {
            case "<=", "≤" -> ValidationRule.Comparison.LE;
            case ">=", "≥" -> ValidationRule.Comparison.GE;
            case "<" -> ValidationRule.Comparison.LT;
            case ">" -> ValidationRule.Comparison.GT;
            default -> ValidationRule.Comparison.EQ;
        };
        return new ValidationRule(m.group(1), comparison, m.group(3));
    }
}
