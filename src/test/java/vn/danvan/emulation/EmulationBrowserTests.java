package vn.danvan.emulation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.danvan.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class EmulationBrowserTests extends BrowserTest {

    private static final String MODEL = "Tổ công chức trẻ hỗ trợ người dân nộp hồ sơ trực tuyến";

    @Test
    void modelGoesFromRegistrationThroughScoringAndBằngKhenToReplicationAndTheShowcase() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        as("quantri.dongnai");
        page.navigate(url("/emulation/movements/new"));
        page.fill("#name", "Phong trào thi đua “Dân vận khéo” đợt bổ sung năm 2026");
        page.fill("#year", "2026");
        page.selectOption("#unitId", new SelectOption().setLabel("Ban Dân vận Tỉnh ủy Đồng Nai"));
        page.selectOption("#level", "PROVINCE");
        page.fill("#rulesDocument", "Kế hoạch số 12-KH/BDVTU");
        String[] phases = { "launchedOn", "registrationFrom", "registrationTo", "implementationFrom", "implementationTo",
                "evaluationFrom", "evaluationTo", "commendationOn" };
        int[] offsets = { -10, -5, 20, 0, 0, 0, 30, 40 };
        for (int i = 0; i < phases.length; i++) {
            page.fill("#" + phases[i], today.plusDays(offsets[i]).toString());
        }
        page.click("main button[type=submit]");
        assertThat(page.locator("#movement-name")).containsText("đợt bổ sung");
        String movementPage = page.url();
        for (String member : new String[] { "thidua.dongnai", "hoidong.mttq", "hoidong.snv" }) {
            page.fill("#username", member);
            page.click("#council button[type=submit]");
        }
        assertThat(page.locator("#council li")).hasCount(3);
        screenshot("emulation-01-movement");

        as("chuyenvien.snv");
        page.navigate(movementPage);
        page.click("#register-model");
        page.fill("#name", MODEL);
        page.selectOption("#unitId", new SelectOption().setLabel("Phòng Xây dựng chính quyền và Công tác thanh niên"));
        page.selectOption("#field", "CULTURE_SOCIETY");
        page.fill("#people", "Đỗ Thị Kim Oanh và 5 đoàn viên");
        page.fill("#startedOn", today.minusMonths(3).toString());
        page.fill("#problem", "Người dân, nhất là người cao tuổi, lúng túng khi nộp hồ sơ trên Cổng dịch vụ công.");
        page.fill("#actions", "Công chức trẻ trực tại bộ phận một cửa và đến tận nhà hướng dẫn, nộp hồ sơ hộ.");
        page.fill("#results", "Hơn 800 hồ sơ nộp trực tuyến, người dân hài lòng.");
        page.fill("#indicator1", "Hồ sơ nộp trực tuyến");
        page.fill("#value1", "820");
        page.fill("#measure1", "hồ sơ");
        page.click("main button[type=submit]");
        assertThat(page.locator("#model-name")).hasText(MODEL);
        String modelPage = page.url();
        page.setInputFiles("#file", photo());
        page.click("#evidence button[type=submit]");
        assertThat(page.locator("#evidence img")).hasCount(1);
        page.click("form[action$=implementation] button");
        screenshot("emulation-02-model-registered");

        as("lanhdao.snv");
        page.navigate(modelPage);
        page.click("#nominate");
        assertThat(page.locator("#refusals")).hasCount(0);

        score("thidua.dongnai", modelPage, "9", "9", "10", "9");
        page.navigate(movementPage);
        assertThat(page.locator("#summary")).containsText("1 / 2");
        as("hoidong.snv");
        page.navigate(modelPage);
        assertThat(page.locator("#score-barred")).containsText("Sở Nội vụ tỉnh Đồng Nai");
        assertThat(page.locator("#scoring")).hasCount(0);
        screenshot("emulation-03-own-unit-refused");
        score("hoidong.mttq", modelPage, "9", "10", "9", "9");
        page.navigate(movementPage);
        Locator row = page.locator("#summary tr", new Page.LocatorOptions().setHasText(MODEL));
        assertThat(row).containsText("2 / 2");
        assertThat(row).containsText("Tiêu biểu");
        screenshot("emulation-04-summary");

        as("quantri.dongnai");
        page.navigate(modelPage);
        page.selectOption("#level", "PROVINCE");
        page.selectOption("#form", "DIPLOMA");
        page.fill("#decision", "2590/QĐ-UBND");
        page.click("#recognise");
        assertThat(page.locator("#recognitions")).containsText("Bằng khen");
        page.click("#publish");
        assertThat(page.locator("#published-badge")).isVisible();
        screenshot("emulation-05-recognised");

        as("vanhoa.longkhanh");
        page.navigate(modelPage);
        page.fill("#replication-results", "Tổ công chức trẻ của phường đã hỗ trợ 150 hồ sơ trong tháng đầu.");
        page.click("#replicate-form button[type=submit]");
        assertThat(page.locator("#spread")).containsText("Phường Long Khánh");
        screenshot("emulation-06-replicated");

        context.clearCookies();
        page.navigate(url("/showcase"));
        page.fill("#q", "ho tro nguoi dan nop ho so truc tuyen");
        page.click("#showcase-filter button[type=submit]");
        Locator card = page.locator("#showcase-results .card", new Page.LocatorOptions().setHasText(MODEL));
        assertThat(card).containsText("2026");
        screenshot("emulation-07-showcase-search");
        card.locator("a").first().click();
        assertThat(page.locator("#story-name")).hasText(MODEL);
        assertThat(page.locator("#story-spread")).containsText("Phường Long Khánh");
        assertThat(page.locator("#story-people")).hasCount(0);
        screenshot("emulation-08-story");
    }

    @Test
    void agencyFillsItsScorecardAndTheGraderAdjustsIt() {
        as("vanhoa.longkhanh");
        page.navigate(url("/emulation/scorecards"));
        page.locator("#templates a", new Page.LocatorOptions().setHasText("dân vận chính quyền năm 2026")).click();
        page.locator("#my-units a", new Page.LocatorOptions().setHasText("Phường Long Khánh")).click();
        Locator scores = page.locator("#assessment input[name^=score-]");
        Locator evidence = page.locator("#assessment [name^=evidence-]");
        String[] points = { "9", "9", "18", "18", "19", "18" };
        for (int i = 0; i < points.length; i++) {
            scores.nth(i).fill(points[i]);
            evidence.nth(i).fill("Báo cáo số " + (10 + i) + "/BC-UBND của phường");
        }
        screenshot("emulation-09-self-assessment");
        page.click("#submit-scorecard");
        assertThat(page.locator("#scorecard-unit")).containsText("Phường Long Khánh");
        String scorecardPage = page.url();

        as("lanhdao.snv");
        page.navigate(scorecardPage);
        Locator finals = page.locator("#grading input[name^=final-]");
        finals.nth(3).fill("15");
        page.locator("#grading [name^=reason-]").nth(3).fill("Còn 5 hồ sơ trễ hạn trong năm.");
        page.click("#grading button[type=submit]");
        assertThat(page.locator("#final-total")).containsText("88");
        assertThat(page.locator("#scorecard-grade")).containsText("Tốt");
        screenshot("emulation-10-graded");
        page.click(".breadcrumb a[href*=templates]");
        assertThat(page.locator("#ranking")).containsText("Phường Long Khánh");
        assertThat(page.locator("main")).containsText("Sở Nội vụ tỉnh Đồng Nai — năm 2026");
        screenshot("emulation-11-ranking");
    }

    /** Signs out whoever is signed in, then signs in as the demo account. */
    private void as(String username) {
        context.clearCookies();
        signIn(username, ADMIN_PASSWORD);
    }

    private void score(String member, String modelPage, String... points) {
        as(member);
        page.navigate(modelPage);
        Locator inputs = page.locator("#scoring input[type=number]");
        for (int i = 0; i < points.length; i++) {
            inputs.nth(i).fill(points[i]);
        }
        page.click("#save-scores");
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x198754));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        Path file = Files.createTempFile("to-cong-chuc-tre", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
