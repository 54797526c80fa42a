package vn.danvan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.shared.calendar.WorkingCalendar;
import vn.danvan.support.IntegrationTest;

class CalendarApiTests extends IntegrationTest {

    @Autowired
    WorkingCalendar calendar;

    private Actor specialist() {
        return actor(Role.SPECIALIST, province("Tỉnh Lịch"));
    }

    @Test
    void listsTheComputedDaysOffOfAYearWithTheirNamesAndSource() throws Exception {
        mvc.perform(get("/api/v1/calendar/2026").with(as(specialist())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("COMPUTED"))
                .andExpect(jsonPath("$.daysOff[?(@.date == '2026-02-17')].name").value("Tết Nguyên đán"))
                .andExpect(jsonPath("$.daysOff[?(@.date == '2026-04-26')].source").value("COMPUTED"));
    }

    @Test
    void convertsBetweenSolarAndLunarDatesForUtcPlus7() throws Exception {
        Actor actor = specialist();
        mvc.perform(get("/api/v1/calendar/lunar?date=1985-01-21").with(as(actor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(1985)).andExpect(jsonPath("$.month").value(1))
                .andExpect(jsonPath("$.day").value(1)).andExpect(jsonPath("$.leap").value(false));
        mvc.perform(get("/api/v1/calendar/solar?year=2026&month=3&day=10").with(as(actor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2026-04-26"));
        mvc.perform(get("/api/v1/calendar/solar?year=2026&month=13&day=1").with(as(actor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.no-such-lunar-date"));
        mvc.perform(get("/api/v1/calendar/lunar?date=2300-01-01").with(as(actor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.out-of-range"));
    }

    @Test
    void addsCalendarAndWorkingDaysAroundTet() throws Exception {
        Actor actor = specialist();
        mvc.perform(get("/api/v1/calendar/add?from=2026-02-13&days=1&unit=WORKING").with(as(actor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2026-02-23"));
        mvc.perform(get("/api/v1/calendar/add?from=2026-02-06&days=10&unit=CALENDAR").with(as(actor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2026-02-16"))
                .andExpect(jsonPath("$.workingDay").value(false))
                .andExpect(jsonPath("$.deadline").value("2026-02-23"));
        mvc.perform(get("/api/v1/calendar/add?from=2026-02-06&days=-1&unit=CALENDAR").with(as(actor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("calendar.negative-days"));
        mvc.perform(get("/api/v1/calendar/add?from=2026-02-06&days=1&unit=LUNAR").with(as(actor)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOfficialScheduleOverridesTheComputedDaysUntilWithdrawn() throws Exception {
        String body = """
                {"note": "Thông báo 1/TB-BNV", "days": [
                  {"date": "2190-02-01", "kind": "OFF", "name": "Tết Nguyên đán"},
                  {"date": "2190-02-02", "kind": "OFF", "name": "Tết Nguyên đán"},
                  {"date": "2190-02-07", "kind": "WORKING", "name": "Làm bù"}]}""";
        mvc.perform(put("/api/v1/calendar/2190/official").with(as(specialist())).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/2190/official").with(as(SYSTEM)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("OFFICIAL"))
                .andExpect(jsonPath("$.daysOff.length()").value(2))
                .andExpect(jsonPath("$.workingDays[0].date").value("2190-02-07"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2190, 2, 7))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2190, 1, 1))).isTrue();

        mvc.perform(delete("/api/v1/calendar/2190/official").with(as(SYSTEM))).andExpect(status().isNoContent());
        assertThat(calendar.isWorkingDay(LocalDate.of(2190, 2, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2190, 1, 1))).isFalse();
    }

    @Test
    void refusesAScheduleWithAWorkingWeekdayAndChangesNothing() throws Exception {
        String body = """
                {"days": [{"date": "2189-03-02", "kind": "WORKING", "name": "Làm bù"}]}""";
        mvc.perform(put("/api/v1/calendar/2189/official").with(as(SYSTEM)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("calendar.line.working-not-weekend"));
        mvc.perform(get("/api/v1/calendar/2189").with(as(SYSTEM))).andExpect(jsonPath("$.source").value("COMPUTED"));
    }

    @Test
    void importsSchedulesFromACsvFileAndRefusesABadRowWhole() throws Exception {
        String csv = "ngày,loại,tên\n2191-02-19,nghỉ,Tết Nguyên đán\n20/02/2191,nghỉ,Tết Nguyên đán\n";
        mvc.perform(multipart("/api/v1/calendar/official/import").file(new MockMultipartFile("file", "lich.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(as(SYSTEM)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.2191").value(2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2191, 2, 20))).isFalse();

        String bad = "2188-02-19,nghỉ,Tết\n2188-02-30,nghỉ,Tết\n";
        mvc.perform(multipart("/api/v1/calendar/official/import").file(new MockMultipartFile("file", "lich.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8))).with(as(SYSTEM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("calendar.line.date-invalid"));
        mvc.perform(get("/api/v1/calendar/2188").with(as(SYSTEM))).andExpect(jsonPath("$.source").value("COMPUTED"));
    }

    @Test
    void showsTheYearPageAndTheAdministratorsEntryPage() throws Exception {
        mvc.perform(get("/calendar?year=2026&date=2026-02-17").with(as(specialist())))
                .andExpect(status().isOk());
        mvc.perform(get("/calendar/2026/official").with(as(specialist()))).andExpect(status().isForbidden());
        mvc.perform(get("/calendar/2026/official").with(as(SYSTEM))).andExpect(status().isOk());
    }
}
