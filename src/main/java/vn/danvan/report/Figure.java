package vn.danvan.report;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One figure of a submission: a data element's value, or one part of it ({@code category} empty for the whole).
 */
@Table("report_value")
record Figure(@Column("element_code") String elementCode, String category, @Column("value") BigDecimal value) {

    String key() {
        return ReportTemplate.figureKey(elementCode, category);
    }
}
