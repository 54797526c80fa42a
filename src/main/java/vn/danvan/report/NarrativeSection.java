package vn.danvan.report;

import java.util.List;

import org.springframework.data.relational.core.mapping.Table;

import vn.danvan.shared.InvalidInput;

/**
 * A heading under which units write prose (kết quả đạt được; hạn chế, khó khăn; …), compiled into the consolidated
 * report with each passage attributed to its unit.
 */
@Table("report_section")
public record NarrativeSection(String code, String heading) {

    public NarrativeSection {
        if (code == null || !DataElement.CODE.matcher(code).matches()) {
            throw InvalidInput.field("sections", "report.template.code-invalid", code);
        }
        if (heading == null || heading.isBlank() || heading.length() > 300) {
            throw InvalidInput.field("sections", "report.template.name-required", code);
        }
        heading = heading.strip();
    }

    /** The usual headings of a Vietnamese periodic report. */
    public static List<NarrativeSection> usual() {
        return List.of(new NarrativeSection("KET_QUA", "Kết quả đạt được"),
                new NarrativeSection("HAN_CHE", "Hạn chế, khó khăn"),
                new NarrativeSection("NGUYEN_NHAN", "Nguyên nhân"),
                new NarrativeSection("PHUONG_HUONG", "Phương hướng, nhiệm vụ thời gian tới"),
                new NarrativeSection("KIEN_NGHI", "Đề xuất, kiến nghị"));
    }
}
