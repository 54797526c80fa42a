package vn.danvan.emulation;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every emulation page renders for the people who use it, and refused actions come back with their reasons.
 */
class EmulationPagesTests extends EmulationFixture {

    @BeforeEach
    void setUp() {
        setUpMovement(2026);
    }

    @Test
    void rendersTheMovementModelAndSummaryPages() throws Exception {
        UUID id = nominated("Mô hình hiển thị", deptA, leaderA);
        council.score(memberB, id, scores("9", "8", "9"));
        mvc.perform(get("/emulation").with(as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phong trào thi đua “Dân vận khéo” 2026")));
        mvc.perform(get("/emulation/movements/new").with(as(organiser))).andExpect(status().isOk());
        mvc.perform(get("/emulation/movements/" + movement).with(as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chờ đủ điểm")));
        mvc.perform(get("/emulation/movements/" + movement + "/models/new").with(as(specialistA))).andExpect(status().isOk());
        mvc.perform(get("/emulation/models/" + id).with(as(memberC))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu chấm của bạn")));
        mvc.perform(get("/emulation/models/" + id).with(as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Công nhận, khen thưởng")));
        mvc.perform(get("/emulation/criteria").with(as(organiser))).andExpect(status().isOk());
        mvc.perform(get("/emulation/scorecards").with(as(organiser))).andExpect(status().isOk());
        mvc.perform(get("/showcase")).andExpect(status().isOk());
    }

    @Test
    void aRefusedScoreComesBackWithItsReason() throws Exception {
        UUID id = nominated("Mô hình bị chấm sai", deptA, leaderA);
        var post = post("/emulation/models/" + id + "/scores").with(as(memberB)).with(csrf());
        for (var c : criteria.criteria()) {
            post = post.param("score-" + c.id(), "12");
        }
        mvc.perform(post).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refusals"));
        mvc.perform(post("/emulation/models/" + id + "/scores").with(as(memberB)).with(csrf()).param("score-abc", "x"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refusals"));
    }

    @Test
    void registersAModelThroughTheForm() throws Exception {
        mvc.perform(post("/emulation/movements/" + movement + "/models").with(as(specialistA)).with(csrf())
                        .param("kind", "COLLECTIVE").param("name", "Mô hình qua biểu mẫu").param("unitId", deptA.toString())
                        .param("field", "ECONOMY").param("problem", "Vấn đề").param("actions", "Cách làm").param("results", "Kết quả")
                        .param("startedOn", today().toString()).param("indicator1", "Số hộ").param("value1", "12"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/emulation/movements/" + movement + "/models").with(as(specialistA)).with(csrf())
                        .param("kind", "COLLECTIVE").param("name", "Mô hình thiếu lĩnh vực").param("unitId", deptA.toString())
                        .param("field", "").param("problem", "Vấn đề").param("actions", "Cách làm").param("results", "Kết quả")
                        .param("startedOn", today().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Lĩnh vực không có trong danh sách")));
    }
}
