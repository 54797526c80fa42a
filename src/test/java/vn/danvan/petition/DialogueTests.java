package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * Dialogues with their commitments followed until kept, published minutes, and periodic reception at the legal
 * frequency with its log and compliance view.
 */
class DialogueTests extends IntegrationTest {

    /** Business dates are Vietnamese dates: the application's clock, not the machine's zone. */
    @Autowired
    Clock clock;

    UUID committee;
    UUID department;
    Actor officer;
    Actor departmentStaff;

    @BeforeEach
    void units() {
        UUID province = province("Tỉnh Đối Thoại");
        committee = unit("Ủy ban nhân dân tỉnh Đối Thoại", UnitKind.PEOPLES_COMMITTEE, province);
        department = unit("Sở Nông nghiệp và Môi trường tỉnh Đối Thoại", UnitKind.DEPARTMENT, province);
        officer = actor(Role.RECEPTION_OFFICER, committee);
        departmentStaff = actor(Role.SPECIALIST, department);
    }

    private ResultActions postJson(Actor actor, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(actor)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String heldDialogue(String heldOn) throws Exception {
        String json = postJson(officer, "/api/v1/dialogues", """
                {"unitId": "%s", "subject": "Đối thoại về bồi thường dự án đường vành đai", "place": "Hội trường xã",
                 "plannedOn": "%s"}""".formatted(committee, heldOn)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED")).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        postJson(officer, "/api/v1/dialogues/" + id + "/holding", """
                {"heldOn": "%s", "chair": "Phó Chủ tịch UBND tỉnh", "participants": "45 hộ dân ấp 3",
                 "minutes": "Người dân nêu giá bồi thường thấp"}""".formatted(heldOn))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
        return id;
    }

    @Test
    void aCommitmentGoesOverdueAndIsClosedWithEvidenceAndTheCitizensConfirmation() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String id = heldDialogue(today.minusDays(40).toString());
        postJson(officer, "/api/v1/dialogues/" + id + "/questions", """
                {"askedBy": "Ông Lê Văn Ba", "question": "Khi nào chi trả tiền bồi thường?",
                 "answer": "Trong tháng này sẽ chi trả"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].answer").value("Trong tháng này sẽ chi trả"));
        postJson(officer, "/api/v1/dialogues/" + id + "/commitments", """
                {"content": "Chi trả bồi thường cho 45 hộ", "ownerUnitId": "%s", "dueOn": "%s"}"""
                .formatted(department, today.minusDays(10))).andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].overdue").value(true));

        mvc.perform(get("/api/v1/dialogues/commitments/overdue").with(as(officer)))
                .andExpect(jsonPath("$[?(@.dialogueId == '" + id + "')].daysOverdue").value(10));
        mvc.perform(get("/api/v1/dialogues/commitments/overdue").with(as(departmentStaff)))
                .andExpect(jsonPath("$[?(@.dialogueId == '" + id + "')].ownerUnitName")
                        .value("Sở Nông nghiệp và Môi trường tỉnh Đối Thoại"));
        mvc.perform(get("/dialogues").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chi trả bồi thường cho 45 hộ")));

        postJson(departmentStaff, "/api/v1/dialogues/" + id + "/commitments/1/fulfilment", "{\"doneOn\": \"" + today + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("dialogue.commitment.evidence-required"));
        postJson(officer, "/api/v1/dialogues/" + id + "/commitments/1/confirmation", "{\"confirmed\": true}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("dialogue.commitment.not-done"));
        postJson(departmentStaff, "/api/v1/dialogues/" + id + "/commitments/1/fulfilment",
                "{\"evidence\": \"Ủy nhiệm chi số 112 ngày hôm nay\", \"doneOn\": \"" + today + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].status").value("DONE"))
                .andExpect(jsonPath("$.commitments[0].overdue").value(false));
        postJson(officer, "/api/v1/dialogues/" + id + "/commitments/1/confirmation",
                "{\"confirmed\": true, \"note\": \"Các hộ đã nhận đủ\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[0].confirmation").value("CONFIRMED"));
        mvc.perform(get("/api/v1/dialogues/commitments/overdue").with(as(officer)))
                .andExpect(jsonPath("$[?(@.dialogueId == '" + id + "')]").isEmpty());
    }

    @Test
    void publishedMinutesAreOpenToAnyoneWithoutTheNamesOfThoseWhoAsked() throws Exception {
        String id = heldDialogue(LocalDate.now(clock).minusDays(3).toString());
        postJson(officer, "/api/v1/dialogues/" + id + "/questions",
                "{\"askedBy\": \"Bà Nguyễn Thị Tư\", \"question\": \"Tái định cư ở đâu?\", \"answer\": \"Khu A\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/dialogues/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dialogues/" + id + "/publication").with(as(officer))).andExpect(status().isOk());
        String minutes = mvc.perform(get("/api/v1/public/dialogues/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.answers[0].answer").value("Khu A")).andReturn().getResponse()
                .getContentAsString();
        assertThat(minutes).doesNotContain("Nguyễn Thị Tư");
        mvc.perform(get("/public/dialogues/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tái định cư ở đâu?")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Nguyễn Thị Tư"))));
        mvc.perform(get("/public/dialogues")).andExpect(status().isOk());
    }

    @Test
    void refusesBadDialogueInputWithAMessageAndChangesNothing() throws Exception {
        String id = JsonPath.read(postJson(officer, "/api/v1/dialogues", """
                {"unitId": "%s", "subject": "Đối thoại kế hoạch", "plannedOn": "%s"}"""
                .formatted(committee, LocalDate.now(clock).plusDays(5))).andReturn().getResponse().getContentAsString(), "$.id");
        postJson(officer, "/api/v1/dialogues/" + id + "/commitments",
                "{\"content\": \"Hứa\", \"ownerUnitId\": \"" + committee + "\", \"dueOn\": \"2030-01-01\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("dialogue.not-held"));
        postJson(officer, "/api/v1/dialogues/" + id + "/holding",
                "{\"heldOn\": \"" + LocalDate.now(clock).plusDays(5) + "\", \"chair\": \"Chủ tịch\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("dialogue.held-on.future"));
        postJson(officer, "/api/v1/dialogues", "{\"unitId\": \"" + committee + "\", \"subject\": \"\"}")
                .andExpect(status().isBadRequest());
        postJson(departmentStaff, "/api/v1/dialogues/" + id + "/holding",
                "{\"heldOn\": \"" + LocalDate.now(clock) + "\", \"chair\": \"Chủ tịch\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dialogues/" + id).with(as(officer))).andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.commitments").isEmpty());
    }

    @Test
    void schedulesReceptionAtTheLegalFrequencyLogsVisitorsAndListsLeadersWhoMissedSessions() throws Exception {
        // Commune chairman: 1 day a week under the 2013 law, 2 days a month from 01/07/2026 (Luật 136/2025/QH15).
        String june = mvc.perform(post("/api/v1/reception/sessions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": \"" + committee + "\", \"leaderName\": \"Trần Văn Xã\", \"office\": \"COMMUNE_CHAIRMAN\", "
                        + "\"month\": \"2026-06\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(june, "$.ids")).hasSize(5);
        String july = mvc.perform(post("/api/v1/reception/sessions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": \"" + committee + "\", \"leaderName\": \"Trần Văn Xã\", \"office\": \"COMMUNE_CHAIRMAN\", "
                        + "\"month\": \"2026-07\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(july, "$.ids")).hasSize(2);
        mvc.perform(post("/api/v1/reception/sessions").with(as(officer)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": \"" + committee + "\", \"leaderName\": \"Trần Văn Xã\", \"office\": \"COMMUNE_CHAIRMAN\", "
                        + "\"month\": \"2026-07\"}")).andExpect(status().isConflict());

        String first = JsonPath.read(july, "$.ids[0]");
        String second = JsonPath.read(july, "$.ids[1]");
        postJson(officer, "/api/v1/reception/sessions/" + first + "/visits", """
                {"fullName": "Võ Thị Năm", "idNumber": "079300055566", "address": "Ấp 2",
                 "raised": "Đề nghị sửa cầu tạm qua kênh"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.visits[0].citizen").value("Võ Thị Năm"));
        String petition = JsonPath.read(postJson(officer, "/api/v1/reception/sessions/" + first + "/visits/1/petition",
                "{\"kind\": \"RECOMMENDATION\", \"subject\": \"Sửa cầu tạm\"}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/petitions/" + petition).with(as(officer)))
                .andExpect(jsonPath("$.channel").value("IN_PERSON"))
                .andExpect(jsonPath("$.content").value("Đề nghị sửa cầu tạm qua kênh"))
                .andExpect(jsonPath("$.petitioners[0].fullName").value("Võ Thị Năm"));
        postJson(officer, "/api/v1/reception/sessions/" + first + "/visits/1/petition",
                "{\"kind\": \"RECOMMENDATION\", \"subject\": \"Lần hai\"}").andExpect(status().isUnprocessableContent());
        postJson(officer, "/api/v1/reception/sessions/" + second + "/closing", "{\"held\": false, \"note\": \"Đi họp\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MISSED"));

        mvc.perform(get("/api/v1/reception/compliance?from=2026-06&to=2026-07").with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.month == '2026-07')].required").value(2))
                .andExpect(jsonPath("$[?(@.month == '2026-07')].held").value(1))
                .andExpect(jsonPath("$[?(@.month == '2026-07')].missed").value(1))
                .andExpect(jsonPath("$[?(@.month == '2026-07')].met").value(false))
                .andExpect(jsonPath("$[?(@.month == '2026-06')].missed").value(5));
        mvc.perform(get("/reception/compliance?from=2026-06&to=2026-07").with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Trần Văn Xã")));
        mvc.perform(get("/reception?month=2026-07").with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/reception/sessions/" + first).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Võ Thị Năm")));
        mvc.perform(post("/reception/sessions/" + second + "/visits").with(as(officer)).with(csrf()).param("fullName", "A"))
                .andExpect(status().is3xxRedirection());
    }
}
