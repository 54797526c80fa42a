package vn.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The plans' REST API end to end: drafting, issuing, cascading, reporting and rolling up, and every bad input of the
 * issue answered with a clear problem and nothing changed.
 */
class PlanApiTests extends IntegrationTest {

    @Autowired
    PlanDesk desk;

    UUID department;
    UUID office;
    UUID divisionA;
    UUID divisionB;
    UUID outsider;
    Actor leader;
    Actor specialistA;
    Actor stranger;

    @BeforeEach
    void units() {
        UUID province = province("Tỉnh Kế Hoạch");
        UUID committee = unit("Ủy ban nhân dân tỉnh Kế Hoạch", UnitKind.PEOPLES_COMMITTEE, province);
        department = unit("Sở Nội vụ tỉnh Kế Hoạch", UnitKind.DEPARTMENT, committee);
        office = unit("Văn phòng Sở", UnitKind.OFFICE, department);
        divisionA = unit("Phòng Xây dựng chính quyền", UnitKind.DIVISION, department);
        divisionB = unit("Phòng Tổ chức, biên chế", UnitKind.DIVISION, department);
        outsider = unit("Sở Tài chính tỉnh Kế Hoạch", UnitKind.DEPARTMENT, committee);
        leader = actor(Role.LEADER, department);
        specialistA = actor(Role.SPECIALIST, divisionA);
        stranger = actor(Role.LEADER, outsider);
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor,
            String body) throws Exception {
        return mvc.perform(request.with(as(actor)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String draft() throws Exception {
        return id(send(post("/api/v1/plans"), leader, """
                {"owningUnitId": "%s", "title": "Kế hoạch công tác dân vận năm 2026", "fromYear": 2026,
                 "objectives": "Tạo chuyển biến mạnh mẽ về nhận thức."}""".formatted(department))
                .andExpect(status().isCreated()));
    }

    private String task(String plan, String body) throws Exception {
        return id(send(post("/api/v1/plans/" + plan + "/tasks"), leader, body).andExpect(status().isCreated()));
    }

    private long version(String plan) throws Exception {
        Number v = JsonPath.read(mvc.perform(get("/api/v1/plans/" + plan).with(as(leader))).andReturn().getResponse()
                .getContentAsString(), "$.version");
        return v.longValue();
    }

    @Test
    void draftsIssuesCascadesAndRollsUpProgress() throws Exception {
        String plan = draft();
        id(send(post("/api/v1/plans/" + plan + "/targets"), leader, """
                {"indicator": "Giải quyết việc làm", "quantity": "85.000 lao động", "dueOn": "2026-12-31"}""")
                .andExpect(status().isCreated()));
        String target = id(send(post("/api/v1/plans/" + plan + "/targets"), leader, """
                {"indicator": "Đoàn viên tham gia sinh hoạt", "quantity": "trên 90%"}""").andExpect(status().isCreated()));
        String parent = task(plan, """
                {"number": "1", "title": "Tuyên truyền, phổ biến Nghị quyết", "leadUnitId": "%s",
                 "coordinatingUnitIds": ["%s"], "dueOn": "2026-06-30"}""".formatted(divisionA, divisionB));
        task(plan, """
                {"number": "2", "title": "Báo cáo kết quả", "leadUnitId": "%s", "recurrence": "định kỳ 6 tháng"}"""
                .formatted(office));
        mvc.perform(get("/api/v1/plans/" + plan).with(as(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].value").value(85000))
                .andExpect(jsonPath("$.targets[0].measure").value("lao động"))
                .andExpect(jsonPath("$.targets[1].comparison").value("ABOVE"))
                .andExpect(jsonPath("$.tasks[0].coordinators[0].unitName").value("Phòng Tổ chức, biên chế"))
                .andExpect(jsonPath("$.tasks[1].nextDue").exists());

        send(post("/api/v1/plans/" + plan + "/issue"), leader, "{\"version\": %d, \"issuedOn\": \"2026-01-15\"}"
                .formatted(version(plan))).andExpect(status().isOk());
        String cascaded = send(post("/api/v1/plans/" + plan + "/cascade"), leader, "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(cascaded, "$.ids");
        assertThat(ids).hasSize(3);

        String childOfA = jdbc.sql("select id from plan where parent_plan_id = ? and owning_unit_id = ?")
                .params(UUID.fromString(plan), divisionA).query(UUID.class).single().toString();
        mvc.perform(get("/api/v1/plans/" + childOfA).with(as(specialistA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.parentTitle").value("Kế hoạch công tác dân vận năm 2026"))
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.tasks[0].implementsId").value(parent))
                .andExpect(jsonPath("$.targets.length()").value(2));

        Actor leaderA = actor(Role.LEADER, divisionA);
        send(post("/api/v1/plans/" + childOfA + "/issue"), leaderA, "{\"issuedOn\": \"2026-02-01\"}").andExpect(status().isOk());
        String childTask = JsonPath.read(mvc.perform(get("/api/v1/plans/" + childOfA).with(as(specialistA))).andReturn()
                .getResponse().getContentAsString(), "$.tasks[0].id");
        send(post("/api/v1/plans/tasks/" + childTask + "/reports"), specialistA, """
                {"version": 0, "progress": 60, "note": "Đã tổ chức 3 hội nghị quán triệt."}""").andExpect(status().isOk());

        mvc.perform(get("/api/v1/plans/" + plan).with(as(leader))).andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks[0].unitsProgress").value(30))
                .andExpect(jsonPath("$.tasks[0].unitsCount").value(2))
                .andExpect(jsonPath("$.adoption.length()").value(3))
                .andExpect(jsonPath("$.adoption[?(@.unitId == '%s')].issuedOn".formatted(divisionA)).value("2026-02-01"))
                .andExpect(jsonPath("$.adoption[?(@.unitId == '%s')].progress".formatted(divisionA)).value(60));

        String childTarget = jdbc.sql("select id from plan_target where plan_id = ? and implements_id = ?")
                .params(UUID.fromString(childOfA), UUID.fromString(target)).query(UUID.class).single().toString();
        send(post("/api/v1/plans/targets/" + childTarget + "/measurements"), specialistA, """
                {"value": 85, "on": "2026-06-30"}""").andExpect(status().isOk());
        mvc.perform(get("/api/v1/plans/" + plan).with(as(leader)))
                .andExpect(jsonPath("$.targets[1].unitsStatus").value("AT_RISK"))
                .andExpect(jsonPath("$.targets[1].unitsMeasured").value(1));

        mvc.perform(get("/api/v1/plans/tasks/mine").param("unit", divisionA.toString()).with(as(specialistA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].progress", org.hamcrest.Matchers.hasItems(0, 60)));
        mvc.perform(get("/api/v1/plans").param("year", "2026").param("unit", department.toString()).with(as(leader)))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/plans/" + plan).with(as(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void refusesBadInputWithClearProblemsAndChangesNothing() throws Exception {
        String plan = draft();
        String task = task(plan, """
                {"title": "Đối thoại với Nhân dân", "leadUnitId": "%s"}""".formatted(divisionA));
        long before = version(plan);

        send(post("/api/v1/plans/" + plan + "/tasks"), leader, """
                {"title": "Nhiệm vụ không có chủ trì"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[0].code").value("plan.task.lead-required"));
        send(post("/api/v1/plans/" + plan + "/tasks"), leader, """
                {"title": "Chủ trì cũng phối hợp", "leadUnitId": "%s", "coordinatingUnitIds": ["%s"]}"""
                .formatted(divisionA, divisionA)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("plan.task.lead-also-coordinating"));
        send(post("/api/v1/plans/" + plan + "/tasks"), leader, """
                {"title": "Hạn ngoài kỳ", "leadUnitId": "%s", "dueOn": "2027-03-01"}""".formatted(divisionA))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("plan.date-outside-period"));
        send(post("/api/v1/plans/" + plan + "/targets"), leader, """
                {"indicator": "Lao động qua đào tạo", "comparison": "RANGE", "value": 16, "valueMax": 15, "unit": "%"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("plan.target.range-upside-down"));
        send(post("/api/v1/plans/" + plan + "/targets"), leader, """
                {"indicator": "Lao động qua đào tạo", "quantity": "16-15%"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quantity"));
        send(post("/api/v1/plans"), leader, """
                {"owningUnitId": "%s", "title": "Giai đoạn ngược", "fromYear": 2030, "toYear": 2025}""".formatted(department))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("plan.period.upside-down"));

        String target = id(send(post("/api/v1/plans/" + plan + "/targets"), leader, """
                {"indicator": "Giải quyết việc làm", "quantity": "85.000 lao động"}""").andExpect(status().isCreated()));
        long afterTarget = version(plan);
        send(put("/api/v1/plans/targets/" + target + "/allocations"), leader, """
                {"allocations": [{"unitId": "%s", "amount": 50000}, {"unitId": "%s", "amount": 40000}]}"""
                .formatted(divisionA, divisionB)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("plan.allocation.above-whole"));
        assertThat(version(plan)).isEqualTo(afterTarget);
        assertThat(afterTarget).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from plan_task where plan_id = ?").param(UUID.fromString(plan)).query(Long.class)
                .single()).isEqualTo(1);

        // two people edit the plan at once: the second is told, and nothing of theirs is saved
        send(put("/api/v1/plans/" + plan), leader, """
                {"version": %d, "title": "Kế hoạch đã sửa", "fromYear": 2026}""".formatted(afterTarget)).andExpect(status().isOk());
        send(put("/api/v1/plans/" + plan), leader, """
                {"version": %d, "title": "Kế hoạch sửa chồng", "fromYear": 2026}""".formatted(afterTarget))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("concurrent.change"));

        send(post("/api/v1/plans/" + plan + "/issue"), leader, "{}").andExpect(status().isOk());
        send(post("/api/v1/plans/tasks/" + task + "/reports"), leader, "{\"progress\": 150}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("plan.task.progress-invalid"));
        send(post("/api/v1/plans/" + plan + "/tasks"), leader, """
                {"title": "Thêm sau khi ban hành", "leadUnitId": "%s"}""".formatted(divisionA))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("plan.not-draft"));
        mvc.perform(delete("/api/v1/plans/tasks/" + task).with(as(leader))).andExpect(status().isUnprocessableEntity());

        send(post("/api/v1/plans/" + plan + "/cascade"), leader, "{\"unitIds\": [\"%s\"]}".formatted(divisionB))
                .andExpect(status().isCreated());
        send(post("/api/v1/plans/" + plan + "/cascade"), leader, "{\"unitIds\": [\"%s\", \"%s\"]}".formatted(divisionA, divisionB))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("plan.cascade.already"));
        assertThat(jdbc.sql("select count(*) from plan where parent_plan_id = ?").param(UUID.fromString(plan)).query(Long.class)
                .single()).isEqualTo(1);

        send(post("/api/v1/plans/" + plan + "/tasks"), leader, "{not json").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/plans/not-a-uuid").with(as(leader))).andExpect(status().isBadRequest());
        send(post("/api/v1/plans/" + plan + "/reopen"), leader, "{}").andExpect(status().isOk());
        send(post("/api/v1/plans/" + plan + "/tasks"), leader, """
                {"title": "Thêm sau khi mở lại", "leadUnitId": "%s", "recurrence": "trước 15/12 hằng năm"}"""
                .formatted(divisionA)).andExpect(status().isCreated());
    }

    @Test
    void followsMergedUnitsToTheirSuccessors() throws Exception {
        String plan = draft();
        task(plan, """
                {"title": "Rà soát thủ tục hành chính", "leadUnitId": "%s"}""".formatted(divisionB));
        orgManagement.merge(SYSTEM, new vn.danvan.org.Merger(List.of(divisionB), divisionA, java.time.LocalDate.of(2025, 7, 1), true));
        send(post("/api/v1/plans/" + plan + "/issue"), leader, "{}").andExpect(status().isOk());
        send(post("/api/v1/plans/" + plan + "/cascade"), leader, "{}").andExpect(status().isCreated());
        assertThat(jdbc.sql("select owning_unit_id from plan where parent_plan_id = ?").param(UUID.fromString(plan))
                .query(UUID.class).list()).containsExactly(divisionA);
    }
}
