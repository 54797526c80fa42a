package vn.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import com.jayway.jsonpath.JsonPath;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * Importing a plan document through the API: the preview of seed 000 (targets, tasks, units matched to the tree, the
 * reporting rule), the confirmed draft, and bad input (empty, junk, not a plan, a bad corrected item) refused with a
 * clear problem and nothing saved.
 */
class PlanImportApiTests extends IntegrationTest {

    UUID province;
    UUID department;
    UUID office;
    UUID divisionA;
    Actor leader;
    Actor stranger;

    @BeforeEach
    void units() {
        province = province("Tỉnh Đồng Nai Thử");
        UUID committee = unit("Ủy ban nhân dân tỉnh Đồng Nai Thử", UnitKind.PEOPLES_COMMITTEE, province);
        department = unit("Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai Thử", UnitKind.DEPARTMENT, committee);
        office = unit("Văn phòng Sở", UnitKind.OFFICE, department);
        divisionA = unit("Phòng Lao động - Việc làm", UnitKind.DIVISION, department);
        UUID other = unit("Sở Tài chính tỉnh Đồng Nai Thử", UnitKind.DEPARTMENT, committee);
        leader = actor(Role.LEADER, department);
        stranger = actor(Role.LEADER, other);
    }

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = PlanImportApiTests.class.getResourceAsStream("/demo/documents/" + name + ".txt")) {
            return in.readAllBytes();
        }
    }

    private String preview(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", name, "text/plain", content))
                        .param("owningUnitId", department.toString()).with(as(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int plans() {
        return jdbc.sql("select count(*) from plan where owning_unit_id = ?").param(department).query(Integer.class).single();
    }

    @Test
    void previewsSeed000WithSourcesAndMatchedUnits() throws Exception {
        String preview = preview(seed("000_6b076b1f970a0aef"), "000.txt");

        assertThat(JsonPath.<String>read(preview, "$.title")).startsWith("Kế hoạch thực hiện chương trình công tác dân vận năm 2016");
        assertThat(JsonPath.<Integer>read(preview, "$.fromYear")).isEqualTo(2016);
        assertThat(JsonPath.<List<String>>read(preview, "$.objectives")).hasSize(4);
        assertThat(JsonPath.<List<Object>>read(preview, "$.targets[?(@.quantity == '85.000 lao động')]")).hasSize(1);
        assertThat(JsonPath.<List<String>>read(preview, "$.targets[?(@.quantity == '15-16%')].source").get(0))
                .contains("Tỷ lệ lao động đào tạo nghề từ trung cấp nghề trở lên chiếm tỷ lệ 15-16%");
        assertThat(JsonPath.<List<String>>read(preview, "$.targets[*].quantity"))
                .contains("duy trì 2,48%", "giảm 1%", "trên 90%", "trên 80%", "67.400 người");
        assertThat(JsonPath.<List<String>>read(preview, "$.units[?(@.text == 'Văn phòng Sở')].unitId")).containsExactly(office.toString());
        List<Map<String, Object>> collective = JsonPath.read(preview, "$.units[?(@.text == 'Các đoàn thể của Sở')]");
        assertThat(collective).hasSize(1);
        assertThat(collective.get(0).get("unitId")).isNull();
        assertThat(JsonPath.<List<String>>read(preview, "$.reporting[*].recurrence")).containsExactly("định kỳ 6 tháng", "hằng năm");
        assertThat(JsonPath.<List<String>>read(preview, "$.reporting[*].to")).containsOnly("Văn phòng Sở");
        assertThat(plans()).isZero();
    }

    @Test
    void confirmsTheReviewedItemsIntoADraftPlan() throws Exception {
        String preview = preview(seed("000_6b076b1f970a0aef"), "000.txt");
        List<Map<String, Object>> tasks = JsonPath.read(preview, "$.tasks");
        List<Map<String, Object>> targets = JsonPath.read(preview, "$.targets");
        String body = json(Map.of(
                "owningUnitId", department.toString(),
                "title", JsonPath.read(preview, "$.title"),
                "fromYear", 2016,
                "objectives", JsonPath.read(preview, "$.objectives"),
                "targets", List.of(
                        Map.of("indicator", targets.get(0).get("indicator"), "quantity", "86.000 lao động", "source", targets.get(0).get("source")),
                        Map.of("indicator", targets.get(1).get("indicator"), "quantity", targets.get(1).get("quantity"), "source", targets.get(1).get("source"))),
                "tasks", List.of(
                        Map.of("number", "III.1", "title", tasks.get(6).get("title"), "text", tasks.get(6).get("text"), "lead", "Phòng việc làm"),
                        Map.of("number", "III.1.1", "parent", "III.1", "title", "Tuyên truyền", "lead", "Văn phòng Sở", "coordinating", List.of("Phòng việc làm"))),
                "units", List.of(Map.of("text", "Văn phòng Sở", "unitId", office.toString()),
                        Map.of("text", "Phòng việc làm", "unitId", divisionA.toString())),
                "reporting", List.of(Map.of("text", "Định kỳ 6 tháng báo cáo về Văn phòng Sở", "recurrence", "định kỳ 6 tháng"))));

        String created = mvc.perform(post("/api/v1/plans/import/confirm").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String plan = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/plans/" + plan).with(as(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.targets.length()").value(2))
                .andExpect(jsonPath("$.targets[0].value").value(86000))
                .andExpect(jsonPath("$.targets[1].comparison").value("KEEP_AT"))
                .andExpect(jsonPath("$.tasks.length()").value(3))
                .andExpect(jsonPath("$.tasks[0].leadUnitId").value(divisionA.toString()))
                .andExpect(jsonPath("$.tasks[1].leadUnitId").value(office.toString()))
                .andExpect(jsonPath("$.tasks[1].coordinators[0].unitId").value(divisionA.toString()))
                .andExpect(jsonPath("$.tasks[2].leadUnitId").value(department.toString()));
    }

    @Test
    void previewsARegisteredDocument() throws Exception {
        String registered = mvc.perform(multipart("/api/v1/documents").file(new MockMultipartFile("file", "003.txt", "text/plain",
                        seed("003_805e6ce0319a12de"))).param("unitId", department.toString()).param("direction", "INCOMING")
                .with(as(actor(Role.CLERK, department)))).andReturn().getResponse().getContentAsString();
        String document = JsonPath.read(registered, "$.id");

        mvc.perform(post("/api/v1/plans/import").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"owningUnitId\": \"%s\", \"documentId\": \"%s\"}".formatted(department, document)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.documentId").value(document))
                .andExpect(jsonPath("$.reporting[?(@.deadline == '--12-15')].recurrence").value("trước 15/12 hằng năm"))
                .andExpect(jsonPath("$.targets[?(@.quantity == '80-100%%')]").exists());
    }

    @Test
    void refusesAnEmptyFileJunkAndADocumentThatIsNotAPlan() throws Exception {
        mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .param("owningUnitId", department.toString()).with(as(leader)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "junk.pdf", "application/pdf",
                        new byte[] {'%', 'P', 'D', 'F', '-', 1, 2, 3, (byte) 0xff, 0, 0, 7}))
                        .param("owningUnitId", department.toString()).with(as(leader)))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "letter.txt", "text/plain",
                        "Kính gửi các đơn vị. Đề nghị các đơn vị cử cán bộ dự họp vào sáng thứ hai.".getBytes()))
                        .param("owningUnitId", department.toString()).with(as(leader)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("plan.import.not-a-plan"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("không giống một kế hoạch")));
        mvc.perform(multipart("/api/v1/plans/import").param("owningUnitId", department.toString()).with(as(leader)))
                .andExpect(status().isBadRequest());
        assertThat(plans()).isZero();
    }

    @Test
    void aBadCorrectedItemRefusesTheWholeImportNamingTheItem() throws Exception {
        String body = json(Map.of("owningUnitId", department.toString(), "title", "Kế hoạch thử", "fromYear", 2016,
                "targets", List.of(Map.of("indicator", "Việc làm", "quantity", "85.000 lao động"),
                        Map.of("indicator", "Đào tạo nghề", "quantity", "16-15%")),
                "tasks", List.of(Map.of("title", "Tuyên truyền"))));

        mvc.perform(post("/api/v1/plans/import/confirm").with(as(leader)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("targets[1].quantity"));
        mvc.perform(post("/api/v1/plans/import/confirm").with(as(leader)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("owningUnitId", department.toString(), "title", "Kế hoạch thử", "fromYear", 2016,
                                "tasks", List.of(Map.of("number", "1"))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tasks[0].title"));
        assertThat(plans()).isZero();
    }

    @Test
    void aUnitOutsideTheActorsScopeCannotImport() throws Exception {
        mvc.perform(multipart("/api/v1/plans/import").file(new MockMultipartFile("file", "000.txt", "text/plain",
                        seed("000_6b076b1f970a0aef"))).param("owningUnitId", department.toString()).with(as(stranger)))
                .andExpect(status().is4xxClientError());
        assertThat(plans()).isZero();
    }

    private static String json(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }
}
