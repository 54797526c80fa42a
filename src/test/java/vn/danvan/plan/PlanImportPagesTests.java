package vn.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.IntegrationTest;

/**
 * The import pages: the review of seed 000 with each item beside its sentence, confirmation after correcting a target,
 * mapping a unit and dropping an item, and bad files answered on the page with nothing saved.
 */
class PlanImportPagesTests extends IntegrationTest {

    UUID department;
    UUID office;
    UUID division;
    Actor leader;

    @BeforeEach
    void units() {
        UUID province = province("Tỉnh Trang Thử");
        UUID committee = unit("Ủy ban nhân dân tỉnh Trang Thử", UnitKind.PEOPLES_COMMITTEE, province);
        department = unit("Sở Lao động - Thương binh và Xã hội tỉnh Trang Thử", UnitKind.DEPARTMENT, committee);
        office = unit("Văn phòng Sở", UnitKind.OFFICE, department);
        division = unit("Phòng Chính sách xã hội", UnitKind.DIVISION, department);
        leader = actor(Role.LEADER, department);
    }

    private Document review() throws Exception {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/demo/documents/000_6b076b1f970a0aef.txt")) {
            seed = in.readAllBytes();
        }
        String html = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "22-KH.txt", "text/plain", seed))
                        .param("owningUnitId", department.toString()).with(as(leader)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void showsTheUploadForm() throws Exception {
        mvc.perform(get("/plans/import").with(as(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nhập kế hoạch từ văn bản")));
    }

    @Test
    void showsEachItemBesideItsSourceSentence() throws Exception {
        Document page = review();

        Element jobs = page.select(".target-row").stream()
                .filter(row -> row.select("input[name$=quantity]").val().equals("85.000 lao động")).findFirst().orElseThrow();
        assertThat(jobs.select(".source").text()).contains("Tiếp tục giải quyết việc làm cho 85.000 lao động");
        assertThat(page.select(".task-row")).hasSizeGreaterThan(20);
        Element officeRow = page.select(".unit-row").stream()
                .filter(row -> row.select("input[name$=.text]").val().equals("Văn phòng Sở")).findFirst().orElseThrow();
        assertThat(officeRow.select("option[selected]").val()).isEqualTo(office.toString());
        assertThat(page.select("#reporting-0 input[name$=recurrence]").val()).isEqualTo("định kỳ 6 tháng");
        assertThat(count()).isZero();
    }

    @Test
    void confirmsAfterCorrectingATargetMappingAUnitAndDroppingAnItem() throws Exception {
        Document page = review();
        MockHttpServletRequestBuilder confirm = post("/plans/import/confirm").with(as(leader)).with(csrf());
        for (Element input : page.select("#review-form input, #review-form textarea, #review-form select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.attr("type").equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select") ? input.select("option[selected]").val()
                    : input.tagName().equals("textarea") ? input.text() : input.val();
            if (name.equals("targets[0].quantity")) {
                value = "86.000 lao động";
            }
            if (name.equals("targets[1].keep")) {
                continue;
            }
            if (input.tagName().equals("select") && input.parent().parent().select("input[name$=.text]").val().equals("Các đoàn thể của Sở")) {
                value = division.toString();
            }
            confirm.param(name, value);
        }

        mvc.perform(confirm).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/plans/*"));

        UUID plan = jdbc.sql("select id from plan where owning_unit_id = ?").param(department).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from plan_target where plan_id = ?").param(plan).query(Integer.class).single())
                .isEqualTo(page.select(".target-row").size() - 1);
        assertThat(jdbc.sql("select target_value from plan_target where plan_id = ? order by ord").param(plan)
                .query(java.math.BigDecimal.class).list().get(0)).isEqualByComparingTo("86000");
        assertThat(jdbc.sql("select count(*) from plan_task where plan_id = ? and lead_unit_id = ?").params(plan, division)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBadFileOrADocumentThatIsNotAPlanIsAnsweredOnThePage() throws Exception {
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "empty.docx", "application/octet-stream", new byte[0]))
                        .param("owningUnitId", department.toString()).with(as(leader)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Tệp trống")));
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "junk.bin", "application/octet-stream",
                        new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                        .param("owningUnitId", department.toString()).with(as(leader)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("import-problem")));
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "thu-moi.txt", "text/plain",
                        "Kính mời đồng chí dự buổi gặp mặt lúc 8 giờ sáng thứ hai tại hội trường.".getBytes()))
                        .param("owningUnitId", department.toString()).with(as(leader)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("không giống một kế hoạch")));
        mvc.perform(post("/plans/import/confirm").with(as(leader)).with(csrf()).param("owningUnitId", department.toString())
                        .param("title", "Kế hoạch thử").param("fromYear", "2016").param("targets[0].keep", "true")
                        .param("targets[0].indicator", "Việc làm").param("targets[0].quantity", "16-15%"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("import-problem")));
        assertThat(count()).isZero();
    }

    private int count() {
        return jdbc.sql("select count(*) from plan where owning_unit_id = ?").param(department).query(Integer.class).single();
    }
}
