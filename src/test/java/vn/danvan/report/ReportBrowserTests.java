package vn.danvan.report;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.RoleGrant;
import vn.danvan.org.NewUnit;
import vn.danvan.org.OrgManagement;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitKind;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;
import vn.danvan.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting round in a browser, on the demo organisation of Sở Nội vụ Đồng Nai: three divisions submit (one late,
 * one returned and resubmitted), the office sees completeness, opens the consolidated report, approves the reports and
 * sends its own report up, where the provincial people's committee's office approves it.
 */
class ReportBrowserTests extends BrowserTest {

    @Autowired
    OrgManagement orgManagement;
    @Autowired
    OrgStructure orgStructure;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    ReportDesign design;
    @Autowired
    JdbcClient jdbc;

    @Test
    void divisionsReportTheOfficeConsolidatesAndTheReportGoesUp() throws Exception {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 9999));
        UUID department = orgStructure.findByCode("DNI-SNV").orElseThrow().id();
        UUID office = orgStructure.findByCode("DNI-SNV-VP").orElseThrow().id();
        UUID ubndOffice = orgStructure.findByCode("DNI-UBND-VP").orElseThrow().id();
        List<String> names = List.of("Phòng Dân tộc " + tag, "Phòng Tôn giáo " + tag, "Phòng Thi đua " + tag);
        List<UUID> divisions = names.stream().map(n -> orgManagement.establish(Actor.system(),
                new NewUnit("T-" + tag + "-" + n.hashCode(), n, null, UnitKind.DIVISION, department, null, null))).toList();
        List<String> clerks = divisions.stream().map(d -> account(Role.SPECIALIST, d)).toList();
        String head = account(List.of(new RoleGrant(Role.COORDINATING_OFFICE, office), new RoleGrant(Role.LEADER, department)), office);
        String ubndOfficer = account(Role.COORDINATING_OFFICE, ubndOffice);

        // The half-year whose data window holds today, due yesterday (so a report sent now is late), open 30 more days.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        ReportingPeriod period = java.util.stream.Stream.of(today.getYear(), today.getYear() + 1)
                .flatMap(y -> ReportingPeriod.inYear(PeriodType.HALF_YEAR, y).stream())
                .filter(p -> !today.isBefore(p.cutOffFrom()) && !today.isAfter(p.cutOffTo())).findFirst().orElseThrow();
        LocalDate due = today.minusDays(1);
        int offset = (int) ChronoUnit.MONTHS.between(period.lastMonth(), YearMonth.from(due));
        UUID template = design.defineTemplate(Actor.system(), new NewTemplate(office, "Báo cáo dân vận chính quyền " + tag,
                List.of(new DataElement("DOI_THOAI", "Số cuộc đối thoại với Nhân dân", "cuộc", Aggregation.SUM, null),
                        new DataElement("CBCCVC", "Số cán bộ, công chức", "người", Aggregation.SUM, Disaggregation.SEX),
                        new DataElement("QUAN_TRIET", "Số cán bộ được quán triệt", "người", Aggregation.SUM, null)),
                NarrativeSection.usual(),
                List.of(new Indicator("TY_LE", "Tỷ lệ được quán triệt", "QUAN_TRIET", "CBCCVC", null, null)),
                List.of(new ValidationRule("QUAN_TRIET", ValidationRule.Comparison.LE, "CBCCVC"))));
        String scheduleName = "Báo cáo 6 tháng các phòng " + tag;
        UUID schedule = design.planSchedule(Actor.system(), new NewSchedule(scheduleName, template, office, null, null,
                divisions, PeriodType.HALF_YEAR, offset, due.getDayOfMonth(), null, null, null, 30, List.of(7, 1),
                today.getYear() - 1, null));

        for (int i = 0; i < 3; i++) {
            if (i == 2) {
                // Time cannot run backwards in a browser: the first two sent theirs before the deadline.
                jdbc.sql("update report_submission set first_submitted_at = ?, submitted_at = ? where schedule_id = ?")
                        .params(java.sql.Timestamp.valueOf(due.minusDays(3).atTime(9, 0)),
                                java.sql.Timestamp.valueOf(due.minusDays(3).atTime(9, 0)), schedule).update();
            }
            signIn(clerks.get(i), ADMIN_PASSWORD);
            page.navigate(url("/reports"));
            dueRow(scheduleName, names.get(i)).locator("button, a").first().click();
            assertThat(page.locator("#unit-name")).hasText(names.get(i));
            if (i == 0) {
                page.fill("#f_CBCCVC", "abc");
                page.click("#save");
                assertThat(page.locator("#form-problems")).isVisible();
                screenshot("report-01-entry-problem");
            }
            page.fill("#f_DOI_THOAI", Integer.toString(3 + i));
            page.fill("#f_CBCCVC", "1.2" + i + "0");
            page.fill("[name='f_CBCCVC.female']", "6" + i + "0");
            page.fill("#f_QUAN_TRIET", "1.1" + i + "0");
            page.fill("#t_KET_QUA", "Tổ chức " + (3 + i) + " cuộc đối thoại với Nhân dân tại " + names.get(i) + ".");
            page.fill("#t_KIEN_NGHI", "Đề nghị bồi dưỡng kỹ năng dân vận cho công chức " + names.get(i) + ".");
            page.click("#submit");
            assertThat(page.locator("#status")).containsText("Đã gửi");
            if (i == 0) {
                screenshot("report-02-submitted");
            }
            signOut();
        }

        signIn(head, ADMIN_PASSWORD);
        page.navigate(url("/reports"));
        screenshot("report-03-office-index");
        page.locator("#coordinated a", new Page.LocatorOptions().setHasText(scheduleName)).click();
        assertThat(page.locator("#completeness-figures")).containsText("3");
        assertThat(page.locator("#units")).containsText(names.get(2));
        page.locator("#units a", new Page.LocatorOptions().setHasText(names.get(1))).click();
        page.fill("#comment-text", "Bổ sung số cán bộ nữ được quán triệt.");
        page.click("#return");
        assertThat(page.locator("#comment")).containsText("Bổ sung");
        signOut();

        signIn(clerks.get(1), ADMIN_PASSWORD);
        page.navigate(url("/reports"));
        dueRow(scheduleName, names.get(1)).locator("a").first().click();
        assertThat(page.locator("#comment")).containsText("Bổ sung số cán bộ nữ");
        page.fill("#f_QUAN_TRIET", "1.150");
        page.click("#submit");
        assertThat(page.locator("#status")).containsText("Đã gửi");
        signOut();

        signIn(head, ADMIN_PASSWORD);
        page.navigate(url("/reports/schedules/" + schedule + "?period=" + period.key()));
        assertThat(page.locator("#completeness-chart-table tbody tr").nth(0)).containsText("2");
        assertThat(page.locator("#completeness-chart-table tbody tr").nth(1)).containsText("1");
        assertThat(page.locator("#units tr.table-warning")).containsText(names.get(2));
        screenshot("report-04-completeness");
        page.click("#dashboard-link");
        assertThat(page.locator("#figures")).containsText(names.get(0));
        screenshot("report-05-dashboard");

        page.navigate(url("/reports/schedules/" + schedule + "?period=" + period.key()));
        String pdfUrl = page.locator("#pdf-link").getAttribute("href");
        APIResponse pdf = page.request().get(url(pdfUrl));
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            Path png = Path.of("target/screenshots/report-06-consolidated-pdf.png");
            Files.createDirectories(png.getParent());
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", png.toFile());
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFC);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", names.get(0), "Nơi nhận");
        }
        APIResponse docx = page.request().get(url(page.locator("#docx-link").getAttribute("href")));
        assertThat(docx.status()).isEqualTo(200);

        for (String name : names) {
            page.navigate(url("/reports/schedules/" + schedule + "?period=" + period.key()));
            page.locator("#units a", new Page.LocatorOptions().setHasText(name)).click();
            page.click("#approve");
            assertThat(page.locator("#status")).containsText("Đã duyệt");
        }
        page.navigate(url("/reports/schedules/" + schedule + "?period=" + period.key()));
        page.locator("form[action*='forward'] button").first().click();
        assertThat(page.locator("#unit-name")).hasText("Sở Nội vụ tỉnh Đồng Nai");
        assertThat(page.locator("#t_KET_QUA")).containsText(names.get(0));
        screenshot("report-07-upward-draft");
        String upward = page.url();
        page.click("#submit");
        assertThat(page.locator("#status")).containsText("Đã gửi");
        signOut();

        signIn(ubndOfficer, ADMIN_PASSWORD);
        page.navigate(url("/reports"));
        page.navigate(upward);
        page.click("#approve");
        assertThat(page.locator("#status")).containsText("Đã duyệt");
        screenshot("report-08-approved-above");
        page.navigate(url(page.locator("a[href*='/reports/schedules/']").first().getAttribute("href")));
        screenshot("report-09-upper-schedule");
        assertThat(page.locator("#units")).containsText("Sở Nội vụ tỉnh Đồng Nai");
        page.navigate(url("/reports/templates"));
        screenshot("report-10-templates");
        page.navigate(url("/reports/schedules/new"));
        screenshot("report-11-schedule-form");
    }

    private com.microsoft.playwright.Locator dueRow(String schedule, String unit) {
        return page.locator("#due tr", new Page.LocatorOptions().setHasText(schedule)).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(unit));
    }

    private String account(Role role, UUID unit) {
        return account(List.of(new RoleGrant(role, unit)), unit);
    }

    private String account(List<RoleGrant> grants, UUID unit) {
        String username = "r" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        accounts.openDemoAccount(username, "Cán bộ " + username, unit, ADMIN_PASSWORD, grants);
        return username;
    }

    private void signOut() {
        context.clearCookies();
    }
}
