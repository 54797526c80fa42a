package vn.danvan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A key journey in a real browser: the application on a random port with its demo data, driven by Playwright in
 * Debian's Chromium (never a downloaded browser). Skipped where Chromium is not installed; CI installs it.
 */
@Tag("browser")
public abstract class BrowserTest extends ServerTest {

    protected static final String ADMIN_PASSWORD = IntegrationTest.PASSWORD;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        synchronized (BrowserTest.class) {
            if (browser == null) {
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--disable-gpu")));
                Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            }
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1366, 900)
                .setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(15_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
    }

    protected void signInAsAdmin() {
        signIn("admin", ADMIN_PASSWORD);
    }

    /** Saves a full-page screenshot under target/screenshots for a person to look at. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
