package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

class PetitionApiTests extends IntegrationTest {

    UUID province;
    UUID committee;
    Actor officer;
    Actor leader;

    @BeforeEach
    void units() {
        province = province("Tỉnh Đơn Thư");
        committee = unit("Ủy ban nhân dân tỉnh Đơn Thư", UnitKind.PEOPLES_COMMITTEE, province);
        officer = actor(Role.RECEPTION_OFFICER, committee);
        leader = actor(Role.LEADER, committee);
    }

    private String petition(String kind, String receivedOn, String content, String idNumber, boolean confidential) {
        return """
                {"unitId": "%s", "channel": "IN_PERSON", %s "receivedOn": "%s", "subject": "Đơn của công dân",
                 "content": "%s", "confidential": %s,
                 "petitioners": [{"fullName": "Nguyễn Văn Bình", "idNumber": "%s", "address": "Ấp 3, xã Trị An",
                                  "phone": "0912345678"}]}"""
                .formatted(committee, kind == null ? "" : "\"kind\": \"" + kind + "\",", receivedOn, content, confidential,
                        idNumber);
    }

    private ResultActions register(Actor actor, String body) throws Exception {
        return mvc.perform(post("/api/v1/petitions").with(as(actor)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String registered(String body) throws Exception {
        String json = register(officer, body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private ResultActions act(Actor actor, String id, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1/petitions/" + id + "/" + path).with(as(actor))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aComplaintReceivedBeforeTetIsDueOnTheFirstWorkingDayAfterTheHoliday() throws Exception {
        String id = registered(petition("COMPLAINT", "2026-02-06", "Khiếu nại quyết định thu hồi đất", "079123456789", false));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.clock.dueOn").value("2026-02-23"))
                .andExpect(jsonPath("$.clock.state").value("OVERDUE"))
                .andExpect(jsonPath("$.rule.id").value("complaint-first-acceptance-2012"))
                .andExpect(jsonPath("$.petitioners[0].fullName").value("Nguyễn Văn Bình"))
                .andExpect(jsonPath("$.petitioners[0].idNumber").doesNotExist());

        act(officer, id, "acceptance", "{\"acceptedOn\": \"2026-02-10\", \"documentNumber\": \"12/TB-UBND\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.clock.dueOn").value("2026-03-12"))
                .andExpect(jsonPath("$.rule.id").value("complaint-first-2012"))
                .andExpect(jsonPath("$.history[1].dueOn").value("2026-02-23"));
    }

    @Test
    void anExtensionNeedsAReasonAndADecisionAndStaysWithinTheLegalMaximum() throws Exception {
        String id = registered(petition("COMPLAINT", "2026-02-06", "Khiếu nại về bồi thường", "079123456780", false));
        act(officer, id, "acceptance", "{\"acceptedOn\": \"2026-02-10\", \"documentNumber\": \"13/TB-UBND\"}")
                .andExpect(status().isOk());
        act(leader, id, "extensions", "{\"days\": 15, \"level\": \"COMPLEX\", \"decisionNumber\": \"1/QĐ\", \"decisionDate\": \"2026-03-10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.extension.reason-required"));
        act(leader, id, "extensions", "{\"days\": 20, \"level\": \"COMPLEX\", \"reason\": \"Nhiều nơi xác minh\", "
                + "\"decisionNumber\": \"1/QĐ\", \"decisionDate\": \"2026-03-10\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("petition.extension.beyond-maximum"));
        act(officer, id, "extensions", "{\"days\": 15, \"level\": \"COMPLEX\", \"reason\": \"Nhiều nơi xác minh\", "
                + "\"decisionNumber\": \"1/QĐ\", \"decisionDate\": \"2026-03-10\"}")
                .andExpect(status().isForbidden());
        act(leader, id, "extensions", "{\"days\": 15, \"level\": \"COMPLEX\", \"reason\": \"Nhiều nơi xác minh\", "
                + "\"decisionNumber\": \"1/QĐ-UBND\", \"decisionDate\": \"2026-03-10\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clock.dueOn").value("2026-03-27"))
                .andExpect(jsonPath("$.complexity").value("COMPLEX"))
                .andExpect(jsonPath("$.history[2].note").value("Nhiều nơi xác minh"))
                .andExpect(jsonPath("$.history[2].documentNumber").value("1/QĐ-UBND"));
        act(leader, id, "extensions", "{\"days\": 1, \"level\": \"COMPLEX\", \"reason\": \"Thêm\", "
                + "\"decisionNumber\": \"2/QĐ\", \"decisionDate\": \"2026-03-11\"}")
                .andExpect(status().isUnprocessableContent());

        act(leader, id, "conclusion", "{\"decisionNumber\": \"5/QĐ-UBND\", \"decisionDate\": \"2026-03-20\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.outcome.required"));
        act(leader, id, "conclusion", "{\"outcome\": \"PARTLY_RIGHT\", \"decisionNumber\": \"5/QĐ-UBND\", "
                + "\"decisionDate\": \"2026-03-20\", \"summary\": \"Khiếu nại đúng một phần\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.clock.state").value("STOPPED"));
    }

    @Test
    void aCaseUsesTheRuleInForceOnTheDayItWasReceived() throws Exception {
        String before = registered(petition("COMPLAINT", "2026-06-30", "Khiếu nại trước luật mới", "", false));
        String after = registered(petition("COMPLAINT", "2026-07-01", "Khiếu nại sau luật mới", "", false));
        mvc.perform(get("/api/v1/petitions/" + before).with(as(officer)))
                .andExpect(jsonPath("$.rule.id").value("complaint-first-acceptance-2012"));
        mvc.perform(get("/api/v1/petitions/" + after).with(as(officer)))
                .andExpect(jsonPath("$.rule.id").value("complaint-first-acceptance-2026"))
                .andExpect(jsonPath("$.rule.law").value(org.hamcrest.Matchers.containsString("136/2025/QH15")));
    }

    @Test
    void refusesBadIntakeWithAMessageAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from petition_case").query(Long.class).single();
        register(officer, petition("DENUNCIATION", "2026-03-02", "", "079123456781", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.content.denunciation-required"));
        register(officer, petition("COMPLAINT", "2099-01-01", "Nội dung", "", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.received-on.future"));
        register(officer, petition("COMPLAINT", "2026-03-02", "Nội dung", "12", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.petitioner.id-invalid"));
        register(officer, "{\"unitId\": \"" + committee + "\", \"receivedOn\": \"not a date\"}")
                .andExpect(status().isBadRequest());
        register(leader, petition("COMPLAINT", "2026-03-02", "Nội dung", "", false)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from petition_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aDenouncersIdentityIsEncryptedAtRestMaskedForColleaguesAndRevealedToTheLeader() throws Exception {
        String id = registered(petition("DENUNCIATION", "2026-03-02", "Tố cáo cán bộ nhận tiền", "079199900011", false));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))
                .andExpect(jsonPath("$.confidential").value(true))
                .andExpect(jsonPath("$.petitioners[0].fullName").doesNotExist())
                .andExpect(jsonPath("$.petitioners[0].address").doesNotExist())
                .andExpect(jsonPath("$.petitioners[0].masked").value(true))
                .andExpect(jsonPath("$.mayReveal").value(false));
        String list = mvc.perform(get("/api/v1/petitions").with(as(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("Nguyễn Văn Bình").doesNotContain("079199900011");
        mvc.perform(get("/api/v1/petitions/" + id + "/petitioners/revealed").with(as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/petitions/" + id + "/petitioners/revealed").with(as(leader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fullName").value("Nguyễn Văn Bình"))
                .andExpect(jsonPath("$[0].idNumber").value("079199900011"));

        List<String> stored = jdbc.sql("select coalesce(full_name, '') || '|' || identity_enc from petition_person "
                + "where petition_id = ?").param(UUID.fromString(id)).query(String.class).list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).startsWith("|v1:").doesNotContain("079199900011").doesNotContain("Bình");
    }

    @Test
    void showsTheSamePetitionerAndSimilarContentWithoutAccentsAsPossibleDuplicates() throws Exception {
        String first = registered(petition("COMPLAINT", "2026-01-05",
                "Đề nghị giải quyết tranh chấp đất đai tại thửa đất số 12, tờ bản đồ số 4", "079111222333", false));
        String second = registered(petition("COMPLAINT", "2026-04-05", "Khiếu nại việc cấp giấy chứng nhận", "079111222333",
                false));
        String third = registered(petition(null, "2026-05-05",
                "de nghi giai quyet tranh chap dat dai tai thua dat so 12 to ban do so 4", "", false));
        mvc.perform(get("/api/v1/petitions/" + second).with(as(officer))).andExpect(jsonPath("$.repeated").value(true));
        mvc.perform(get("/api/v1/petitions/" + second + "/duplicates").with(as(officer)))
                .andExpect(jsonPath("$[?(@.id == '" + first + "')].reason").value("SAME_PETITIONER"));
        mvc.perform(get("/api/v1/petitions/" + third + "/duplicates").with(as(officer)))
                .andExpect(jsonPath("$[?(@.id == '" + first + "')].reason").value("SIMILAR_CONTENT"));
    }

    @Test
    void readersOfOtherUnitsSeeNothing() throws Exception {
        String id = registered(petition("RECOMMENDATION", "2026-03-02", "Kiến nghị sửa đường", "", false));
        Actor stranger = actor(Role.LEADER, province("Tỉnh Khác"));
        mvc.perform(get("/api/v1/petitions/" + id).with(as(stranger))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/petitions").with(as(stranger))).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(id);
    }

    @Test
    void forwardsWithASlipGuidesAndFilesEachAsARecordedDecision() throws Exception {
        UUID commune = unit("Xã Đơn Thư", UnitKind.COMMUNE, province);
        String id = registered(petition("RECOMMENDATION", "2026-03-02", "Kiến nghị về điện chiếu sáng", "", false));
        act(officer, id, "forwarding", "{\"targetUnitId\": \"" + commune + "\", \"forwardedOn\": \"2026-03-04\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("petition.forward.slip-required"));
        String copy = JsonPath.read(act(officer, id, "forwarding", "{\"targetUnitId\": \"" + commune
                + "\", \"slipNumber\": \"PC-01\", \"forwardedOn\": \"2026-03-04\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/petitions/" + id).with(as(officer)))
                .andExpect(jsonPath("$.status").value("FORWARDED"))
                .andExpect(jsonPath("$.onTime").value(true))
                .andExpect(jsonPath("$.history[1].documentNumber").value("PC-01"));
        mvc.perform(get("/api/v1/petitions/" + copy).with(as(SYSTEM)))
                .andExpect(jsonPath("$.channel").value("FORWARDED"))
                .andExpect(jsonPath("$.unitId").value(commune.toString()))
                .andExpect(jsonPath("$.forwardedFrom").value(id));

        String other = registered(petition("RECOMMENDATION", "2026-03-02", "Kiến nghị khác", "", false));
        act(officer, other, "guidance", "{\"on\": \"2026-03-03\"}").andExpect(status().isBadRequest());
        act(officer, other, "filing", "{\"note\": \"Đơn nặc danh, không rõ nội dung\", \"on\": \"2026-03-03\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILED"));
        act(officer, other, "acceptance", "{\"acceptedOn\": \"2026-03-03\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("petition.status.not-allowed"));
    }

    @Test
    void countsTheShareResolvedOnTimeByUnitAndTheOverdueList() throws Exception {
        String late = registered(petition("RECOMMENDATION", "2026-01-05", "Kiến nghị một", "", false));
        String onTime = registered(petition("RECOMMENDATION", "2026-01-05", "Kiến nghị hai", "", false));
        act(officer, onTime, "guidance", "{\"note\": \"Hướng dẫn gửi Sở Xây dựng\", \"on\": \"2026-01-06\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/petitions/on-time?from=2026-01-01&to=2026-01-31").with(as(leader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].closed").value(1))
                .andExpect(jsonPath("$[0].onTime").value(1))
                .andExpect(jsonPath("$[0].overdue").value(1))
                .andExpect(jsonPath("$[0].percent").value(50.0));
        mvc.perform(get("/api/v1/petitions/overdue").with(as(leader)))
                .andExpect(jsonPath("$.items[0].id").value(late))
                .andExpect(jsonPath("$.items[0].clock").value("OVERDUE"));
    }

    @Test
    void attachesFilesJudgedByTheirContent() throws Exception {
        String id = registered(petition("COMPLAINT", "2026-03-02", "Khiếu nại", "", false));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(new MockMultipartFile("file", "don.pdf",
                "application/pdf", "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII))).with(as(officer)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attachments[0].fileName").value("don.pdf"));
        mvc.perform(multipart("/api/v1/petitions/" + id + "/attachments").file(new MockMultipartFile("file", "don.pdf",
                "application/pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII))).with(as(officer)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("petition.attachment.type"));
    }
}
