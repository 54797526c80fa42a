package vn.danvan.report;

import java.util.regex.Pattern;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;

/**
 * A numeric figure a template asks for (số đảng viên, số lượt tiếp dân…): its code, name, unit of measure, how it
 * rolls up and its optional breakdown.
 */
@Table("report_element")
public record DataElement(String code, String name, @Column("measure") String measure, Aggregation aggregation,
        Disaggregation disaggregation) {

    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}");

    public DataElement {
        if (code == null || !CODE.matcher(code).matches()) {
            throw InvalidInput.field("elements", "report.template.code-invalid", code);
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            throw InvalidInput.field("elements", "report.template.name-required", code);
        }
        name = name.strip();
        measure = measure == null ? "" : measure.strip();
        aggregation = aggregation == null ? Aggregation.SUM : aggregation;
        disaggregation = disaggregation == null ? Disaggregation.NONE : disaggregation;
    }
}
