package vn.danvan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class ReportApiTests extends ReportFixture {

    private UUID schedule;
    private UUID division;
    private Actor clerk;

    @BeforeEach
    void department() {
        setUpDepartment(30);
        schedule = halfYearSchedule();
        division = division("Phòng Công tác thanh niên");
        clerk = actor(Role.SPECIALIST, division);
    }

    @Test
    void entersSubmitsAndReadsCompletenessThroughTheApi() throws Exception {
        String id = open();
        mvc.perform(put("/api/v1/reports/submissions/" + id).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"figures\":{\"MEMBERS\":\"1.234,5\",\"TAKING_PART\":\"abc\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"));
        mvc.perform(put("/api/v1/reports/submissions/" + id).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"figures\":{\"MEMBERS\":\"1.234\",\"TAKING_PART\":\"1.000\"},\"narratives\":{\"KET_QUA\":\"Tốt.\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/reports/submissions/" + id).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"figures\":{}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/reports/submissions/" + id + "/submit").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/completeness").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(1))
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.onTime").value(1));
        mvc.perform(get("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/roll-up").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.figures.MEMBERS").value(1234))
                .andExpect(jsonPath("$.total.indicators.RATE").value(81.04));
        mvc.perform(get("/api/v1/reports/schedules/" + schedule + "/periods/2099-Q1/completeness").with(as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/completeness").with(as(clerk)))
                .andExpect(status().is4xxClientError());

        byte[] docx = mvc.perform(get("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/consolidated.docx").with(as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "Phòng Công tác thanh niên: Tốt.", "Nơi nhận:", "1.234");
        }
    }

    @Test
    void takesTheXlsxFormBackCellByCellAndRefusesAnotherUnitsFormAndFormulas() throws Exception {
        String id = open();
        byte[] form = mvc.perform(get("/api/v1/reports/submissions/" + id + "/form.xlsx").with(as(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        byte[] bad = fill(form, Map.of("MEMBERS", "abc", "TAKING_PART", "5"), false);
        mvc.perform(multipart("/api/v1/reports/submissions/" + id + "/form").file(new MockMultipartFile("file", "f.xlsx", null, bad))
                .param("version", "0").with(as(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("D")));
        byte[] formula = fill(form, Map.of("MEMBERS", "10"), true);
        mvc.perform(multipart("/api/v1/reports/submissions/" + id + "/form").file(new MockMultipartFile("file", "f.xlsx", null, formula))
                .param("version", "0").with(as(clerk)))
                .andExpect(status().isBadRequest());
        byte[] good = fill(form, Map.of("MEMBERS", "1.200", "TAKING_PART", "600"), false);
        mvc.perform(multipart("/api/v1/reports/submissions/" + id + "/form").file(new MockMultipartFile("file", "f.xlsx", null, good))
                .param("version", "0").with(as(clerk)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/submissions/" + id).with(as(clerk)))
                .andExpect(jsonPath("$.figures.MEMBERS").value(1200));

        UUID other = division("Phòng khác");
        Actor otherClerk = actor(Role.SPECIALIST, other);
        String otherId = mvc.perform(post("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/units/" + other).with(as(otherClerk)))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(multipart("/api/v1/reports/submissions/" + otherId + "/form").file(new MockMultipartFile("file", "f.xlsx", null, good))
                .param("version", "0").with(as(otherClerk)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.upload.other-form"));
        mvc.perform(multipart("/api/v1/reports/submissions/" + otherId + "/form")
                .file(new MockMultipartFile("file", "f.xlsx", null, "not a workbook".getBytes())).param("version", "0").with(as(otherClerk)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void pagesShowTheReportAndKeepWhatTheSecondEditorTyped() throws Exception {
        String id = open();
        mvc.perform(get("/reports").with(as(clerk))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Phòng Công tác thanh niên")));
        mvc.perform(post("/reports/submissions/" + id).with(as(clerk)).with(csrf()).param("version", "0")
                .param("f_MEMBERS", "100")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/submissions/" + id).with(as(clerk)).with(csrf()).param("version", "0")
                .param("f_MEMBERS", "777"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("777")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"conflict\"")));
        mvc.perform(post("/reports/submissions/" + id).with(as(clerk)).with(csrf()).param("version", "1")
                .param("f_MEMBERS", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        mvc.perform(get("/reports/schedules/" + schedule).param("period", "2099-H1").with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/reports/schedules/" + schedule + "/dashboard").param("period", "2099-H1").with(as(officer)))
                .andExpect(status().isOk());
        mvc.perform(get("/reports/schedules/" + schedule).param("period", "nonsense").with(as(officer)))
                .andExpect(status().isBadRequest());
    }

    private String open() throws Exception {
        String body = mvc.perform(post("/api/v1/reports/schedules/" + schedule + "/periods/2099-H1/units/" + division).with(as(clerk)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private static byte[] fill(byte[] form, Map<String, String> values, boolean formula) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getCell(0) == null) {
                    continue;
                }
                String key = row.getCell(0).toString();
                if (values.containsKey(key)) {
                    if (formula) {
                        row.createCell(3).setCellFormula("1+1");
                    } else {
                        row.createCell(3).setCellValue(values.get(key));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
