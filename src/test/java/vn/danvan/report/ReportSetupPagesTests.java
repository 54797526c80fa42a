package vn.danvan.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ReportSetupPagesTests extends ReportFixture {

    @BeforeEach
    void department() {
        setUpDepartment(10);
    }

    @Test
    void officeDefinesATemplateLineByLineAndPlansASchedule() throws Exception {
        mvc.perform(get("/reports/templates/new").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KET_QUA;")));
        mvc.perform(post("/reports/templates").with(as(officer)).with(csrf()).param("ownerUnitId", office.toString())
                .param("name", "Báo cáo dân vận khéo").param("elements", "MO_HINH; Số mô hình; mô hình; SUM; NONE\nTHAM_GIA; Số hộ tham gia")
                .param("sections", "KET_QUA; Kết quả đạt được").param("indicators", "").param("rules", "THAM_GIA >= MO_HINH"))
                .andExpect(status().is3xxRedirection());
        ReportTemplate template = design.templates(officer).stream().filter(t -> t.name().equals("Báo cáo dân vận khéo"))
                .findFirst().orElseThrow();
        assertThat(template.elements()).extracting(DataElement::code).containsExactly("MO_HINH", "THAM_GIA");
        assertThat(template.rules()).hasSize(1);

        mvc.perform(post("/reports/templates/" + template.id()).with(as(officer)).with(csrf()).param("version", "0")
                .param("ownerUnitId", office.toString()).param("name", "Báo cáo dân vận khéo (sửa)")
                .param("elements", "MO_HINH; Số mô hình; mô hình; SUM; NONE").param("sections", "").param("indicators", "")
                .param("rules", "")).andExpect(status().is3xxRedirection());
        assertThat(design.template(template.id()).name()).isEqualTo("Báo cáo dân vận khéo (sửa)");

        UUIDCapture schedule = new UUIDCapture();
        mvc.perform(post("/reports/schedules").with(as(officer)).with(csrf()).param("name", "Báo cáo quý dân vận khéo")
                .param("templateId", template.id().toString()).param("coordinatingUnitId", office.toString())
                .param("rootUnitId", department.toString()).param("unitKinds", "DIVISION").param("periodType", "QUARTERLY")
                .param("deadlineDay", "20").param("deadlineMonthOffset", "0").param("graceDays", "5").param("reminderDays", "7, 1")
                .param("firstYear", "2026"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/reports/schedules/*"))
                .andDo(r -> schedule.value = r.getResponse().getRedirectedUrl().substring("/reports/schedules/".length()));
        ReportSchedule planned = design.schedule(java.util.UUID.fromString(schedule.value));
        assertThat(planned.reminderDays()).containsExactly(1, 7);
        mvc.perform(get("/reports/schedules/" + schedule.value + "/edit").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"QUARTERLY\" selected")))
                .andExpect(content().string(containsString("value=\"20\"")));
    }

    @Test
    void showsWhatIsWrongOnTheFormAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/reports/templates").with(as(officer)).with(csrf()).param("ownerUnitId", office.toString())
                .param("name", "Mẫu lỗi").param("elements", "1SAI; Tên").param("sections", "").param("indicators", "").param("rules", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("1SAI; T&ecirc;n")));
        mvc.perform(post("/reports/schedules").with(as(officer)).with(csrf()).param("name", "Lịch lỗi")
                .param("templateId", templateId.toString()).param("coordinatingUnitId", office.toString())
                .param("unitCodes", "KHONG-CO-MA-NAY").param("periodType", "MONTHLY").param("deadlineDay", "abc"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/reports/schedules").with(as(officer)).with(csrf()).param("name", "Lịch lỗi")
                .param("templateId", templateId.toString()).param("coordinatingUnitId", office.toString())
                .param("unitCodes", "KHONG-CO-MA-NAY").param("periodType", "MONTHLY").param("deadlineDay", "5"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("KHONG-CO-MA-NAY")));
        mvc.perform(post("/reports/schedules").with(as(officer)).with(csrf()).param("name", "Lịch lỗi")
                .param("templateId", templateId.toString()).param("coordinatingUnitId", office.toString())
                .param("periodType", "AD_HOC").param("adHocFrom", "2026-13-45"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-unreadable\"")));
    }

    private static final class UUIDCapture {
        String value;
    }
}
