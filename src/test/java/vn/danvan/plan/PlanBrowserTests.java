package vn.danvan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import vn.danvan.support.BrowserTest;

/**
 * The department's plan journeys: import seed 000 into a draft (or draft one by hand), correct a target, map a unit,
 * confirm and issue it, cascade it to two divisions, let one division issue its own plan and report progress, and see
 * that progress roll up to the department.
 */
class PlanBrowserTests extends BrowserTest {

    @Test
    void cascadesToTwoDivisionsAndRollsADivisionsProgressUp() {
        signInAsAdmin();
        page.navigate(url("/plans/new"));
        page.selectOption("#owningUnitId", new SelectOption().setLabel("Sở Nội vụ tỉnh Đồng Nai"));
        page.fill("#title", "Kế hoạch cải cách hành chính gắn với dân vận chính quyền năm 2026");
        page.fill("#objectives", "Nâng cao chất lượng phục vụ Nhân dân.");
        page.click("#plan-form button[type=submit]");
        assertThat(page.locator("#plan-status")).hasText("Dự thảo");

        page.click("#add-target summary");
        page.fill("#indicator", "Hồ sơ giải quyết đúng hạn");
        page.fill("#quantity", "trên 95%");
        page.click("#target-form button[type=submit]");
        assertThat(page.locator("#targets .quantity").first()).containsText("trên 95");
        page.locator("#targets a", new Page.LocatorOptions().setHasText("Sửa")).first().click();
        page.fill("#quantity", "trên 98%");
        page.click("#target-form button[type=submit]");
        assertThat(page.locator("#targets .quantity").first()).containsText("trên 98");

        page.click("#add-task summary");
        page.fill("#number", "1");
        page.fill("#title", "Rà soát, công khai thủ tục hành chính");
        page.selectOption("#leadUnitId", new SelectOption().setLabel("Phòng Xây dựng chính quyền và Công tác thanh niên"));
        page.selectOption("#coordinatingUnitIds", new SelectOption().setLabel("Phòng Tổ chức, biên chế và Tổ chức phi chính phủ"));
        page.fill("#taskDueOn", "2026-12-15");
        page.click("#task-form button[type=submit]");
        assertThat(page.locator("#tasks .lead-unit").first()).hasText("Phòng Xây dựng chính quyền và Công tác thanh niên");
        screenshot("plans-01-draft");

        page.click("#issue");
        assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
        String departmentPlan = page.url();
        page.locator("#cascade-form label", new Page.LocatorOptions().setHasText("Phòng Xây dựng chính quyền")).click();
        page.locator("#cascade-form label", new Page.LocatorOptions().setHasText("Phòng Tổ chức, biên chế")).click();
        page.click("#cascade-submit");
        assertThat(page.locator("#adoption .adoption")).hasCount(2);
        screenshot("plans-02-cascaded");

        page.locator("#adoption a", new Page.LocatorOptions().setHasText("Phòng Xây dựng chính quyền")).click();
        assertThat(page.locator("#parent-plan")).containsText("Kế hoạch cải cách hành chính");
        page.click("#issue");
        assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
        page.locator("#tasks .task-title").first().click();
        page.fill("#report-progress", "50");
        page.fill("#report-note", "Đã rà soát 120 thủ tục, công khai tại bộ phận một cửa.");
        page.click("#report-submit");
        assertThat(page.locator("#task-progress")).containsText("50%");
        screenshot("plans-03-reported");

        page.navigate(departmentPlan);
        Locator units = page.locator("#tasks .units-progress").first();
        assertThat(units).containsText("25%");
        assertThat(page.locator("#adoption .adoption", new Page.LocatorOptions().setHasText("Phòng Xây dựng chính quyền")))
                .containsText("50%");
        screenshot("plans-04-rolled-up");
    }

    @Test
    void importsSeedReviewsCascadesAndRollsUp() {
        signInAsAdmin();
        page.navigate(url("/plans/import"));
        page.selectOption("#owningUnitId", new SelectOption().setLabel("Sở Nội vụ tỉnh Đồng Nai"));
        page.setInputFiles("#file", Path.of("src/main/resources/demo/documents/000_6b076b1f970a0aef.txt"));
        page.click("#import-form button[type=submit]");
        assertThat(page.locator("#review-form")).isVisible();
        page.fill("#target-quantity-0", "86.000 lao động");
        page.selectOption("#unit-map-0", new SelectOption().setLabel("Văn phòng Sở Nội vụ"));
        screenshot("plans-import-01-review");
        page.click("#confirm-import");
        assertThat(page.locator("#plan-status")).hasText("Dự thảo");
        assertThat(page.locator("#targets .quantity").first()).containsText("86.000");

        page.click("#issue");
        assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
        String departmentPlan = page.url();
        page.locator("#cascade-form label", new Page.LocatorOptions().setHasText("Phòng Xây dựng chính quyền")).click();
        page.locator("#cascade-form label", new Page.LocatorOptions().setHasText("Phòng Tổ chức, biên chế")).click();
        page.click("#cascade-submit");
        assertThat(page.locator("#adoption .adoption")).hasCount(2);

        page.locator("#adoption a", new Page.LocatorOptions().setHasText("Phòng Xây dựng chính quyền")).click();
        page.click("#issue");
        assertThat(page.locator("#plan-status")).hasText("Đã ban hành");
        page.waitForLoadState(); // the whole task table, not the rows parsed so far
        Locator leaf = page.locator("#tasks .task-title").last();
        String title = leaf.textContent().strip();
        leaf.click();
        page.fill("#report-progress", "50");
        page.click("#report-submit");
        assertThat(page.locator("#task-progress")).containsText("50%");

        page.navigate(departmentPlan);
        Locator row = page.locator("#tasks tr.task", new Page.LocatorOptions().setHasText(title)).last();
        assertThat(row.locator(".units-progress")).containsText(Pattern.compile("(25|50)%"));
        screenshot("plans-import-02-rolled-up");
    }
}
