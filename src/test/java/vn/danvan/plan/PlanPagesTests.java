package vn.danvan.plan;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * The plan pages render for readers and editors, and a refused change comes back as a message with nothing changed.
 */
class PlanPagesTests extends IntegrationTest {

    @Autowired
    PlanDesk desk;
    @Autowired
    PlanCascade cascade;

    UUID department;
    UUID division;
    Actor leader;
    UUID plan;
    UUID task;
    UUID target;

    @BeforeEach
    void plan() {
        UUID province = province("Tỉnh Trang Kế Hoạch");
        department = unit("Sở Nội vụ tỉnh Trang Kế Hoạch", UnitKind.DEPARTMENT, province);
        division = unit("Phòng Công chức", UnitKind.DIVISION, department);
        leader = actor(Role.LEADER, department);
        plan = desk.createDraft(leader, department, Period.year(2026), "Kế hoạch dân vận năm 2026", "Nâng cao nhận thức.");
        target = desk.addTarget(leader, plan, NewTarget.written("Tỷ lệ lao động qua đào tạo", "15-16%", null, null, null));
        task = desk.addTask(leader, plan, new NewTask("1", null, "Tuyên truyền Nghị quyết", null, division, List.of(), "Ông Sơn",
                LocalDate.of(2026, 3, 31), null, null));
    }

    @Test
    void showsTheDraftWithItsFormsAndTheEditPages() throws Exception {
        mvc.perform(get("/plans/" + plan).with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyên truyền Nghị quyết")))
                .andExpect(content().string(containsString("từ 15 đến 16 %")))
                .andExpect(content().string(containsString("id=\"task-form\"")));
        mvc.perform(get("/plans").param("year", "2026").with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch dân vận năm 2026")));
        mvc.perform(get("/plans/new").with(as(leader))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan + "/edit").with(as(leader))).andExpect(status().isOk());
        mvc.perform(get("/plans/targets/" + target + "/edit").with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phòng Công chức")))
                .andExpect(content().string(containsString("value=\"Tỷ lệ lao động qua đào tạo\"")));
        mvc.perform(get("/plans/tasks/" + task + "/edit").with(as(leader))).andExpect(status().isOk());
        mvc.perform(get("/plans/tasks/" + task).with(as(leader))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan).param("lang", "en").with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("15 to 16 %")));
    }

    @Test
    void refusesAFormWithAMessageAndChangesNothing() throws Exception {
        mvc.perform(post("/plans/" + plan + "/tasks").with(as(leader)).with(csrf()).param("title", "Không có chủ trì"))
                .andExpect(redirectedUrl("/plans/" + plan)).andExpect(flash().attribute("problem", "plan.task.lead-required"));
        mvc.perform(post("/plans").with(as(leader)).with(csrf()).param("owningUnitId", department.toString())
                .param("title", "Ngược").param("fromYear", "2030").param("toYear", "2020"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bị ngược")));
        mvc.perform(post("/plans/" + plan + "/targets").with(as(leader)).with(csrf()).param("indicator", "Hộ nghèo")
                .param("quantity", "không rõ")).andExpect(flash().attribute("problem", "plan.target.quantity-invalid"));
        mvc.perform(post("/plans/" + plan + "/tasks").with(as(leader)).with(csrf()).param("title", "Giao sai")
                .param("leadUnitId", division.toString()).param("coordinatingUnitIds", division.toString()))
                .andExpect(flash().attribute("problem", "plan.task.lead-also-coordinating"));
        mvc.perform(post("/plans/" + plan + "/tasks").with(as(leader)).with(csrf()).param("title", "Định kỳ sai")
                .param("leadUnitId", division.toString()).param("recurrence", "thỉnh thoảng"))
                .andExpect(flash().attribute("problem", "plan.task.recurrence-invalid"));
    }

    @Test
    void reportsProgressWithEvidenceAndListsTheUnitsTasks() throws Exception {
        mvc.perform(post("/plans/" + plan + "/issue").with(as(leader)).with(csrf()).param("issuedOn", "2026-01-10"))
                .andExpect(flash().attribute("flash", "plan.issued"));
        mvc.perform(multipart("/plans/tasks/" + task + "/reports").file(new MockMultipartFile("file", "bien-ban.pdf",
                "application/pdf", "%PDF-1.4 test".getBytes())).with(as(leader)).with(csrf()).param("progress", "101"))
                .andExpect(flash().attribute("problem", "plan.task.progress-invalid"));
        mvc.perform(multipart("/plans/tasks/" + task + "/reports").file(new MockMultipartFile("file", "bien-ban.pdf",
                "application/pdf", "%PDF-1.4 test".getBytes())).with(as(leader)).with(csrf()).param("progress", "40")
                .param("note", "Đã quán triệt").param("version", "0"))
                .andExpect(flash().attribute("flash", "plan.task.reported"));
        mvc.perform(get("/plans/tasks/" + task).with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("bien-ban.pdf")))
                .andExpect(content().string(containsString("Đã quán triệt")));
        mvc.perform(get("/plans/tasks/mine").param("unit", division.toString()).with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuyên truyền Nghị quyết")));
        mvc.perform(get("/plans/tasks/overdue").param("unit", department.toString()).with(as(leader))).andExpect(status().isOk());
        mvc.perform(post("/plans/" + plan + "/cascade").with(as(leader)).with(csrf()).param("unitId", division.toString()))
                .andExpect(flash().attribute("flash", "plan.cascaded"));
        mvc.perform(post("/plans/" + plan + "/cascade").with(as(leader)).with(csrf()).param("unitId", division.toString()))
                .andExpect(flash().attribute("problem", "plan.cascade.already"));
        mvc.perform(get("/plans/" + plan).with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"adoption\"")));
        mvc.perform(post("/plans/" + plan + "/tasks").with(as(leader)).with(csrf()).param("title", "Sau ban hành")
                .param("leadUnitId", division.toString())).andExpect(flash().attribute("problem", "plan.not-draft"));
    }
}
