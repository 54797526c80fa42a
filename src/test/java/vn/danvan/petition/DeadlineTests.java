package vn.danvan.petition;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * Statutory clocks counted on the working calendar around Tết, and the rule versions: a case keeps the rule in force
 * on the day it was received, also when a later step starts after Luật 136/2025/QH15 took effect (01/07/2026).
 */
class DeadlineTests extends IntegrationTest {

    UUID committee;
    Actor officer;
    Actor leader;

    @BeforeEach
    void units() {
        UUID province = province("Tỉnh Thời Hạn");
        committee = unit("Ủy ban nhân dân tỉnh Thời Hạn", UnitKind.PEOPLES_COMMITTEE, province);
        officer = actor(Role.RECEPTION_OFFICER, committee);
        leader = actor(Role.LEADER, committee);
    }

    private String received(String kind, String on, boolean remote) throws Exception {
        String body = """
                {"unitId": "%s", "channel": "POST", "kind": "%s", "receivedOn": "%s", "subject": "Đơn thử thời hạn",
                 "content": "Nội dung đơn", "remote": %s, "petitioners": [{"fullName": "Phạm Văn Hạn"}]}"""
                .formatted(committee, kind, on, remote);
        String json = mvc.perform(post("/api/v1/petitions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private ResultActions accept(String id, String on) throws Exception {
        return mvc.perform(post("/api/v1/petitions/" + id + "/acceptance").with(as(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"acceptedOn\": \"" + on + "\", \"documentNumber\": \"01/TB\"}"));
    }

    @Test
    void workingDayPeriodsSkipTheWholeTetBreakAndItsWeekends() throws Exception {
        // 7 working days from Wed 11/02/2026: 12, 13, then Tết 16–20/02 and two weekends, then 23–27/02.
        String id = received("DENUNCIATION", "2026-02-11", false);
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))
                .andExpect(jsonPath("$.clock.dueOn").value("2026-02-27"))
                .andExpect(jsonPath("$.rule.id").value("denunciation-initial-2019"));
        // Accepted on Fri 13/02: 30 calendar days end on Sun 15/03, so the next working day; the notice to the
        // denouncer is due 5 working days after acceptance, across the break.
        accept(id, "2026-02-13").andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.dueOn").value("2026-03-16"))
                .andExpect(jsonPath("$.noticeDueOn").value("2026-02-27"))
                .andExpect(jsonPath("$.rule.id").value("denunciation-2019"));
    }

    @Test
    void aCalendarDayPeriodEndingInTheTetBreakMovesToTheFirstWorkingDayAfterIt() throws Exception {
        // 10 days from Thu 05/02/2026 end on Sun 15/02, a weekend before the break: the next working day is 23/02.
        String id = received("COMPLAINT", "2026-02-05", false);
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))
                .andExpect(jsonPath("$.clock.dueOn").value("2026-02-23"));
        // Accepted on 23/02 for a remote area: 45 days instead of 30.
        accept(id, "2026-02-23").andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.dueOn").value("2026-03-25"));
        String remote = received("COMPLAINT", "2026-02-05", true);
        accept(remote, "2026-02-23").andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.dueOn").value("2026-04-09"));
    }

    @Test
    void aCaseReceivedBeforeTheNewLawKeepsTheOldRuleForEveryLaterStep() throws Exception {
        String before = received("DENUNCIATION", "2026-06-30", false);
        accept(before, "2026-07-02").andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.id").value("denunciation-2019"))
                .andExpect(jsonPath("$.rule.law").value(org.hamcrest.Matchers.containsString("25/2018/QH14")));
        String after = received("DENUNCIATION", "2026-07-01", false);
        mvc.perform(get("/api/v1/petitions/" + after).with(as(officer)))
                .andExpect(jsonPath("$.rule.id").value("denunciation-initial-2026"));
        accept(after, "2026-07-02").andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.id").value("denunciation-2026"))
                .andExpect(jsonPath("$.rule.law").value(org.hamcrest.Matchers.containsString("136/2025/QH15")))
                .andExpect(jsonPath("$.rule.effectiveFrom").value("2026-07-01"));
    }

    @Test
    void theRuleTableNamesEachPeriodItsUnitAndItsLaw() throws Exception {
        mvc.perform(get("/api/v1/petitions/deadline-rules").with(as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'denunciation-2019')].dayCount").value("CALENDAR_DAYS"))
                .andExpect(jsonPath("$[?(@.id == 'denunciation-2019')].especiallyComplexPeriod").value(90))
                .andExpect(jsonPath("$[?(@.id == 'denunciation-notice-2019')].dayCount").value("WORKING_DAYS"))
                .andExpect(jsonPath("$[?(@.id == 'complaint-first-2012')].remoteComplexPeriod").value(60));
    }
}
