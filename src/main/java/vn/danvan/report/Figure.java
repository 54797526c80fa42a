package vn.danvan.report;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One figure of a submission: a data element's value, or one part of it ({@code category} empty for the whole). It
 * carries its report's schedule and period so that roll-ups read a period's figures of an element together.
 */
@Table("report_value")
record Figure(@Column("element_code") String elementCode, String category, @Column("value") BigDecimal value,
        UUID scheduleId, String periodKey) {

    String key() {
        return ReportTemplate.figureKey(elementCode, category);
    }
}
