package vn.danvan.document;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.danvan.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentBrowserTests extends BrowserTest {

    private static final String CITED = """
            TỈNH ỦY ĐỒNG NAI
            *
            Số 06-CTr/TU

            ĐẢNG CỘNG SẢN VIỆT NAM
            Đồng Nai, ngày 06 tháng 01 năm 2016

            CHƯƠNG TRÌNH
            Công tác dân vận năm 2016 của Ban Chấp hành Đảng bộ tỉnh

            Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng về tăng cường và
            đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; đẩy mạnh phong trào thi đua
            "Dân vận khéo".

            T/M BAN THƯỜNG VỤ
            PHÓ BÍ THƯ
            """;

    @Test
    void registersSeedSeesItsSchemeMergesAStubSearchesAndIssuesNumbers() throws Exception {
        signInAsAdmin();
        page.navigate(url("/documents/new"));
        page.selectOption("#unitId", new SelectOption().setLabel("Sở Nội vụ tỉnh Đồng Nai"));
        page.fill("#text", Files.readString(Path.of("src/main/resources/demo/documents/000_6b076b1f970a0aef.txt")));
        screenshot("documents-01-paste");
        page.click("#read");
        assertThat(page.locator("#symbol")).hasValue("22/KH-LĐTBXH");
        assertThat(page.locator("#citations")).containsText("06-CTr/TU");
        screenshot("documents-02-check");
        page.click("#save");
        assertThat(page.locator("#document-symbol")).containsText("22/KH-LĐTBXH");
        String seedPage = page.url();
        Locator basis = page.locator("#scheme [data-relation=BASED_ON][data-forward=true] li",
                new Page.LocatorOptions().setHasText("06-CTr/TU"));
        assertThat(basis).containsText("Chưa vào sổ");
        screenshot("documents-03-scheme");

        page.navigate(url("/documents/new"));
        page.selectOption("#unitId", new SelectOption().setLabel("Tỉnh ủy Đồng Nai"));
        page.fill("#text", CITED);
        page.click("#read");
        page.fill("#symbol", "06-CTr/TU");
        page.fill("#issuedOn", "2016-01-06");
        if (page.inputValue("#title").isBlank()) {
            page.fill("#title", "Công tác dân vận năm 2016 của Ban Chấp hành Đảng bộ tỉnh");
        }
        page.click("#save");
        assertThat(page.locator("#document-symbol")).containsText("06-CTr/TU");
        assertThat(page.locator("#scheme [data-relation=BASED_ON][data-forward=false]")).containsText("22/KH-LĐTBXH");
        String citedPage = page.url();

        page.navigate(seedPage);
        Locator merged = page.locator("#scheme [data-relation=BASED_ON][data-forward=true] li",
                new Page.LocatorOptions().setHasText("06-CTr/TU"));
        assertThat(merged).not().containsText("Chưa vào sổ");
        merged.locator("a").first().click();
        assertThat(page).hasURL(citedPage);
        page.navigate(seedPage);
        screenshot("documents-04-stub-merged");

        page.navigate(url("/documents/search"));
        page.fill("#q", "dan van kheo lao dong");
        page.click("#search-button");
        assertThat(page.locator(".search-hit").first()).containsText("22/KH-LĐTBXH");
        assertThat(page.locator(".search-hit mark").first()).isVisible();
        screenshot("documents-05-search");

        String first = issueOutgoing("Về việc tổ chức hội nghị dân vận khéo");
        screenshot("documents-06-issued");
        String second = issueOutgoing("Về việc báo cáo kết quả dân vận khéo");
        int n1 = Integer.parseInt(first.substring(0, first.indexOf('/')));
        int n2 = Integer.parseInt(second.substring(0, second.indexOf('/')));
        assertThat(n2).isEqualTo(n1 + 1);
        assertThat(second.substring(second.indexOf('/'))).isEqualTo(first.substring(first.indexOf('/')));

        page.navigate(url("/documents?direction=OUTGOING"));
        screenshot("documents-07-list");
    }

    private String issueOutgoing(String title) {
        page.navigate(url("/documents/new"));
        page.selectOption("#unitId", new SelectOption().setLabel("Sở Nội vụ tỉnh Đồng Nai"));
        page.selectOption("#direction", "OUTGOING");
        page.fill("#text", "SỞ NỘI VỤ TỈNH ĐỒNG NAI\n\nCÔNG VĂN\n" + title + "\n\nKính gửi: Các phòng thuộc Sở.\n\n"
                + "Thực hiện phong trào thi đua \"Dân vận khéo\", Sở Nội vụ đề nghị các phòng triển khai.\n\nGIÁM ĐỐC\n");
        page.click("#read");
        page.fill("#symbol", "");
        page.fill("#typeCode", "");
        page.fill("#issuerCode", "SNV");
        page.fill("#title", title);
        page.fill("#signer", "Hoàng Anh Dũng");
        page.click("#save");
        assertThat(page.locator("#document-status")).hasText("Chưa cấp số");
        page.click("#issue");
        assertThat(page.locator("#document-status")).hasText("Đã phát hành");
        String symbol = page.locator("#symbol-text").innerText().strip();
        assertThat(symbol).matches("\\d{2,}/SNV");
        return symbol;
    }
}
