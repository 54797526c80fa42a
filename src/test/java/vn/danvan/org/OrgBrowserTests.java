package vn.danvan.org;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.danvan.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class OrgBrowserTests extends BrowserTest {

    @Test
    void browsesSearchesAndChangesTheTreeThenSeesItAsItWas() {
        signInAsAdmin();
        assertThat(page.locator("h1")).containsText("Xin chào");
        screenshot("org-01-home");

        page.navigate(url("/org"));
        expand("Tỉnh Đồng Nai");
        assertThat(node("Ủy ban nhân dân tỉnh Đồng Nai")).isVisible();
        page.fill("#q", "so noi vu dong nai");
        assertThat(page.locator("#hits")).containsText("Sở Nội vụ tỉnh Đồng Nai");
        screenshot("org-02-tree-search");

        page.locator("#hits a", new Page.LocatorOptions().setHasText("Sở Nội vụ tỉnh Đồng Nai")).first().click();
        assertThat(page.locator("#unit-name")).hasText("Sở Nội vụ tỉnh Đồng Nai");
        String first = createDivision("Phòng Công tác thanh niên");
        String second = createDivision("Phòng Tổ chức phi chính phủ");
        screenshot("org-03-unit-created");

        page.click("text=Thêm cán bộ");
        page.fill("#fullName", "Nguyễn Thị Kiểm Thử");
        page.fill("#position", "Trưởng phòng");
        page.click("main button[type=submit]");
        page.click("text=Phân công cán bộ phụ trách");
        page.selectOption("#staffId", new SelectOption().setLabel("Nguyễn Thị Kiểm Thử — Trưởng phòng"));
        page.fill("#from", "2026-01-05");
        page.click("main button[type=submit]");
        assertThat(page.locator("#current-leader")).containsText("Nguyễn Thị Kiểm Thử");
        screenshot("org-04-leader-designated");

        page.locator("#children a", new Page.LocatorOptions().setHasText(second)).click();
        assertThat(page.locator("#unit-name")).hasText(second);
        page.click("text=Sắp xếp tổ chức");
        page.click("text=Hợp nhất, sáp nhập vào đơn vị này");
        page.selectOption("#sourceIds", new SelectOption().setLabel(first + " — Sở Nội vụ tỉnh Đồng Nai"));
        page.fill("#effectiveOn", "2026-02-01");
        page.click("main button[type=submit]");
        assertThat(page.locator("#history")).containsText(first);
        screenshot("org-05-merged");

        page.navigate(url("/org?asOf=2026-01-31"));
        assertThat(page.locator("#as-of-banner")).containsText("31/01/2026");
        expand("Tỉnh Đồng Nai");
        expand("Ủy ban nhân dân tỉnh Đồng Nai");
        expand("Sở Nội vụ tỉnh Đồng Nai");
        assertThat(node(first)).isVisible();
        assertThat(node(second)).isVisible();
        screenshot("org-06-tree-before-merger");

        page.navigate(url("/org"));
        expand("Tỉnh Đồng Nai");
        expand("Ủy ban nhân dân tỉnh Đồng Nai");
        expand("Sở Nội vụ tỉnh Đồng Nai");
        assertThat(node(second)).isVisible();
        assertThat(node(first)).hasCount(0);

        page.click("text=Ngôn ngữ");
        page.click("text=English");
        assertThat(page.locator("h1")).hasText("Organisation");
        screenshot("org-07-english");
    }

    private String createDivision(String name) {
        String unitName = name + " " + ThreadLocalRandom.current().nextInt(1000, 9999);
        page.click("text=Thêm đơn vị trực thuộc");
        page.fill("#code", "B-" + ThreadLocalRandom.current().nextInt(100000, 999999));
        page.fill("#name", unitName);
        page.selectOption("#kind", "DIVISION");
        page.click("main button[type=submit]");
        assertThat(page.locator("#unit-name")).hasText(unitName);
        page.locator("nav .breadcrumb-item a").last().click();
        return unitName;
    }

    private Locator node(String name) {
        return page.locator("#tree a").filter(new Locator.FilterOptions().setHasText(name));
    }

    private void expand(String name) {
        Locator summary = page.locator("#tree summary").filter(new Locator.FilterOptions().setHas(
                page.locator("a", new Page.LocatorOptions().setHasText(name)))).first();
        summary.locator("i").click();
        assertThat(summary.locator("xpath=following-sibling::ul/li").first()).isVisible();
    }
}
