package vn.danvan.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bad inputs of the reporting issue, one by one through the API: each gets a clear message on its cell or field,
 * changes nothing, and is never answered with a 5xx.
 */
class ReportBadInputTests extends ReportFixture {

    private UUID schedule;
    private UUID division;
    private Actor clerk;
    private String id;

    @BeforeEach
    void openedReport() throws Exception {
        setUpDepartment(30);
        schedule = halfYearSchedule();
        division = division("Phòng Cải cách hành chính");
        clerk = actor(Role.SPECIALIST, division);
        id = open("2099-H1", division, clerk);
    }

    @Test
    void readsVietnameseNumbers() throws Exception {
        save("{\"MEMBERS\":\"1.234,5\",\"TAKING_PART\":\"1.000\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/submissions/" + id).with(as(clerk)))
                .andExpect(jsonPath("$.figures.MEMBERS").value(1234.5)).andExpect(jsonPath("$.figures.TAKING_PART").value(1000));
    }

    @Test
    void refusesTextThatIsNotANumber() throws Exception {
        refusedOnField(save("{\"MEMBERS\":\"abc\"}"), "MEMBERS", "report.figure.not-a-number");
        unchanged();
    }

    @Test
    void refusesNegativeCounts() throws Exception {
        refusedOnField(save("{\"MEMBERS\":\"-5\"}"), "MEMBERS", "report.figure.negative");
        unchanged();
    }

    @Test
    void refusesAPartAboveItsWholeAndABrokenRule() throws Exception {
        refusedOnField(save("{\"MEMBERS\":\"10\",\"MEMBERS.female\":\"20\"}"), "MEMBERS.female", "report.figure.part-above-whole");
        refusedOnField(save("{\"MEMBERS\":\"10\",\"TAKING_PART\":\"20\"}"), "TAKING_PART", "report.figure.rule-broken");
        unchanged();
    }

    @Test
    void refusesAPeriodOutsideTheSchedule() throws Exception {
        for (String period : List.of("2099-Q1", "2019-H1", "nonsense")) {
            mvc.perform(post("/api/v1/reports/schedules/" + schedule + "/periods/" + period + "/units/" + division).with(as(clerk)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].code", hasItem("report.period.outside-schedule")));
        }
    }

    @Test
    void refusesSubmittingAfterTheWindowCloses() throws Exception {
        String closed = open("2021-H1", division, clerk);
        mvc.perform(post("/api/v1/reports/submissions/" + closed + "/submit").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.submission.window-closed"));
        mvc.perform(get("/api/v1/reports/submissions/" + closed).with(as(clerk)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void refusesApprovingOnesOwnUnitsReport() throws Exception {
        mvc.perform(post("/api/v1/reports/submissions/" + id + "/submit").with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0}")).andExpect(status().isOk());
        Actor both = new Actor(clerk.accountId(), clerk.username(), "x", division,
                List.of(new Actor.Grant(Role.COORDINATING_OFFICE, office, orgStructure.find(office).orElseThrow().path()),
                        new Actor.Grant(Role.COORDINATING_OFFICE, division, orgStructure.find(division).orElseThrow().path())));
        mvc.perform(post("/api/v1/reports/submissions/" + id + "/approve").with(as(both)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.submission.own-unit"));
        mvc.perform(get("/api/v1/reports/submissions/" + id).with(as(clerk))).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void refusesTheXlsxFormOfAnotherUnitPeriodOrTemplate() throws Exception {
        UUID other = division("Phòng khác");
        Actor otherClerk = actor(Role.SPECIALIST, other);
        String otherUnit = open("2099-H1", other, otherClerk);
        String otherPeriod = open("2099-H2", division, clerk);
        UUID otherTemplate = design.defineTemplate(officer, new NewTemplate(office, "Biểu khác",
                List.of(new DataElement("MEMBERS", "Số đoàn viên", "người", Aggregation.SUM, null)), List.of(), List.of(), List.of()));
        UUID otherSchedule = design.planSchedule(officer, new NewSchedule("Lịch khác", otherTemplate, office, department,
                java.util.Set.of(vn.danvan.org.UnitKind.DIVISION), null, PeriodType.HALF_YEAR, 0, 1, null, null, null, 30,
                List.of(), 2020, null));
        String otherForm = open(otherSchedule, "2099-H1", division, clerk);
        for (String foreign : List.of(otherUnit, otherPeriod, otherForm)) {
            Actor owner = foreign.equals(otherUnit) ? otherClerk : clerk;
            byte[] form = mvc.perform(get("/api/v1/reports/submissions/" + foreign + "/form.xlsx").with(as(owner)))
                    .andReturn().getResponse().getContentAsByteArray();
            upload(form).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("report.upload.other-form"));
        }
        unchanged();
    }

    @Test
    void refusesFormulasCellByCellAndMacros() throws Exception {
        byte[] form = mvc.perform(get("/api/v1/reports/submissions/" + id + "/form.xlsx").with(as(clerk)))
                .andReturn().getResponse().getContentAsByteArray();
        String cell;
        byte[] withFormula;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = null;
            for (Row r : workbook.getSheetAt(0)) {
                if (r.getCell(0) != null && "MEMBERS".equals(r.getCell(0).toString())) {
                    row = r;
                }
            }
            row.createCell(3).setCellFormula("2*600");
            cell = "D" + (row.getRowNum() + 1);
            workbook.write(out);
            withFormula = out.toByteArray();
        }
        upload(withFormula).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(cell))
                .andExpect(jsonPath("$.errors[0].code").value("report.upload.formula"))
                .andExpect(jsonPath("$.errors[0].message", containsString(cell)));
        byte[] macro;
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Báo cáo");
            workbook.write(out);
            macro = out.toByteArray();
        }
        upload(macro).andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("report.upload.macros"));
        upload("MZ not a workbook".getBytes()).andExpect(status().is4xxClientError());
        unchanged();
    }

    private ResultActions save(String figures) throws Exception {
        return mvc.perform(put("/api/v1/reports/submissions/" + id).with(as(clerk)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"figures\":" + figures + "}"));
    }

    private ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/reports/submissions/" + id + "/form")
                .file(new MockMultipartFile("file", "bao-cao.xlsx", null, content)).param("version", "0").with(as(clerk)));
    }

    private static void refusedOnField(ResultActions result, String field, String code) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].code", hasItem(code)))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    private void unchanged() throws Exception {
        mvc.perform(get("/api/v1/reports/submissions/" + id).with(as(clerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.figures").isEmpty());
    }

    private String open(String period, UUID unit, Actor actor) throws Exception {
        return open(schedule, period, unit, actor);
    }

    private String open(UUID in, String period, UUID unit, Actor actor) throws Exception {
        return mvc.perform(post("/api/v1/reports/schedules/" + in + "/periods/" + period + "/units/" + unit).with(as(actor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
}
