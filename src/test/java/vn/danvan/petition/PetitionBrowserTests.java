package vn.danvan.petition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.danvan.support.BrowserTest;

/**
 * The citizens' journeys on the demo data of Đồng Nai: the portal and tracking, a clerk's acceptance around Tết, an
 * extension with its reason, a denouncer masked for a colleague, and a dialogue commitment kept late with evidence.
 */
class PetitionBrowserTests extends BrowserTest {

    @Test
    void aCitizenSubmitsOnThePortalAndTracksTheCode() {
        page.navigate(url("/public/petitions"));
        page.selectOption("#unitId", new SelectOption().setLabel("Ủy ban nhân dân tỉnh Đồng Nai"));
        page.selectOption("#kind", "RECOMMENDATION");
        page.fill("#subject", "Đèn đường tổ 4 không sáng");
        page.fill("#content", "Đèn đường tổ 4, phường Trấn Biên không sáng đã hai tuần, đề nghị sửa chữa.");
        page.fill("#fullName", "Lâm Thị Thu");
        screenshot("petitions-01-portal");
        page.click("#portal-form button[type=submit]");
        String code = page.locator("#tracking-code").innerText().strip();
        assertThat(code).matches("DV-[A-Z0-9]{5}-[A-Z0-9]{5}");
        screenshot("petitions-02-portal-sent");

        page.navigate(url("/public/petitions/track"));
        page.fill("#code", code);
        page.click("main form button[type=submit]");
        assertThat(page.locator("#tracked-status")).hasText("Đã tiếp nhận");
        assertThat(page.locator("main")).not().containsText("Lâm Thị Thu");
        screenshot("petitions-03-tracked");
    }

    @Test
    void aClerkAcceptsAComplaintAroundTetAndSeesTheRightDueDate() {
        signIn("tiepdan.dongnai", ADMIN_PASSWORD);
        page.navigate(url("/petitions/new"));
        page.selectOption("#unitId", new SelectOption().setLabel("Ủy ban nhân dân tỉnh Đồng Nai"));
        page.selectOption("#channel", "IN_PERSON");
        page.fill("#receivedOn", "2026-02-06");
        page.selectOption("#kind", "COMPLAINT");
        page.fill("#subject", "Khiếu nại việc cấp phép xây dựng");
        page.fill("#content", "Khiếu nại giấy phép xây dựng cấp cho nhà bên cạnh lấn sang lối đi chung.");
        page.fill("#fullName0", "Đoàn Văn Sáu");
        page.click("main form button[type=submit]");
        // 10 days from Fri 06/02/2026 end on Sun 15/02, and Tết runs to 20/02: due Monday 23/02.
        assertThat(page.locator("#due-on")).hasText("23/02/2026");

        page.fill("#acceptedOn", "2026-02-10");
        page.fill("#acceptDocument", "15/TB-UBND");
        page.click("#accept");
        assertThat(page.locator("#petition-status")).hasText("Đã thụ lý");
        assertThat(page.locator("#due-on")).hasText("12/03/2026");
        assertThat(page.locator("#rule")).containsText("02/2011/QH13");
        screenshot("petitions-04-accepted-around-tet");
    }

    @Test
    void aHandlerExtendsWithAReasonAndTheDenouncerStaysMaskedForAColleague() {
        signIn("thanhtra.dongnai", ADMIN_PASSWORD);
        openPetition("Tố cáo cán bộ địa chính");
        String address = page.url();
        String due = page.locator("#due-on").innerText();
        page.fill("#days", "30");
        page.selectOption("#level", "COMPLEX");
        page.fill("#extDecision", "40/QĐ-UBND");
        page.click("#extend");
        assertThat(page.locator("#problem")).containsText("lý do");
        assertThat(page.locator("#due-on")).hasText(due);
        page.fill("#days", "30");
        page.selectOption("#level", "COMPLEX");
        page.fill("#reason", "Phải xác minh tại hai địa điểm và làm việc với nhiều người");
        page.fill("#extDecision", "40/QĐ-UBND");
        page.click("#extend");
        assertThat(page.locator("#due-on")).not().hasText(due);
        assertThat(page.locator("#history")).containsText("Phải xác minh tại hai địa điểm");
        page.click("#reveal");
        assertThat(page.locator("#revealed")).containsText("Phạm Thị Lan");
        screenshot("petitions-05-extended-revealed");

        page.context().clearCookies();
        signIn("tiepdan.dongnai", ADMIN_PASSWORD);
        page.navigate(address);
        assertThat(page.locator("#petitioners")).containsText("••• (được bảo vệ)");
        assertThat(page.locator("main")).not().containsText("Phạm Thị Lan");
        assertThat(page.locator("#reveal")).hasCount(0);
        page.navigate(url("/petitions"));
        assertThat(page.locator("#petitions")).not().containsText("Phạm Thị Lan");
        screenshot("petitions-06-masked-for-colleague");
    }

    @Test
    void anOverdueDialogueCommitmentIsClosedWithEvidence() {
        signIn("tiepdan.dongnai", ADMIN_PASSWORD);
        page.navigate(url("/dialogues"));
        Locator overdue = page.locator("#overdue-commitments tr", new Page.LocatorOptions()
                .setHasText("Làm đường tạm vào khu tái định cư"));
        assertThat(overdue).containsText("Quá");
        screenshot("petitions-07-dialogues");
        overdue.locator("a").click();
        Locator commitment = page.locator("#commitment-2");
        assertThat(commitment.locator(".commitment-status")).hasText("Quá hạn");
        commitment.locator("button.fulfil").click();
        assertThat(page.locator("#problem")).containsText("minh chứng");
        page.locator("#commitment-2 input[name=evidence]").fill("Biên bản nghiệm thu đường tạm ngày hôm nay");
        page.locator("#commitment-2 button.fulfil").click();
        assertThat(page.locator("#commitment-2 .commitment-status")).hasText("Đã hoàn thành");
        page.locator("#commitment-2 button[value=true]").click();
        assertThat(page.locator("#commitment-2")).containsText("Công dân đã xác nhận");
        screenshot("petitions-08-commitment-closed");
        page.navigate(url("/dialogues"));
        assertThat(page.locator("main")).not().containsText("Làm đường tạm vào khu tái định cư");

        page.navigate(url("/reception?month=2026-10"));
        screenshot("petitions-09-reception");
        page.navigate(url("/reception/compliance?from=2026-10&to=2026-11"));
        assertThat(page.locator("#compliance")).containsText("Võ Tấn Đức");
        assertThat(page.locator("#compliance")).containsText("Chưa đạt");
        screenshot("petitions-10-compliance");
        page.context().clearCookies();
        page.navigate(url("/public/dialogues"));
        page.locator("main a", new Page.LocatorOptions().setHasText("dự án đường ven sông")).first().click();
        assertThat(page.locator("#promises")).containsText("Làm đường tạm vào khu tái định cư");
        screenshot("petitions-11-public-minutes");
    }

    private void openPetition(String subject) {
        page.navigate(url("/petitions"));
        page.locator("#petitions tr", new Page.LocatorOptions().setHasText(subject)).locator("a").first().click();
    }
}
