package vn.danvan.report;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What a unit wrote under one narrative section.
 */
@Table("report_narrative")
record Narrative(String sectionCode, String body) {
}
