package com.ophos.registrar.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.dispute.DisputeFixtures;
import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dispute.DisputeTestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real browser (Debian chromium + chromedriver, no driver download): a support user
 * opens a case from the domain search, stops web access and hands the domain over. Screenshots go to
 * {@code target/console-screenshots/}. Skipped without chromium unless {@code CI=true}, where it fails.
 */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    @TestHTTPResource("/support")
    URL console;

    @Inject
    DisputeFixtures fixtures;

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true and the console browser test needs /usr/bin/chromium and "
                    + "/usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Skipped: /usr/bin/chromium or /usr/bin/chromedriver not installed"
                + " (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        // A click that navigates may return before the next page is parsed on a busy machine.
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        // HTTP Basic for every request of this browser, the way a support user's saved login would send it.
        String basic = Base64.getEncoder().encodeToString("support:support".getBytes(StandardCharsets.UTF_8));
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void supportOpensACaseStopsWebAccessAndHandsTheDomainOver() throws IOException {
        Managed name = fixtures.managed("browser");
        boolean powerDns = Files.isExecutable(Path.of("/usr/sbin/pdns_server"));

        browser.get(console + "/search?q=" + name.domain());
        browser.findElement(By.id("open-" + name.domain())).click();
        type("claimant", "Dupont Industries SA");
        type("grounds", "Registered trademark FR 4567890");
        type("documents", "court-order-118.pdf");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("deadline")), LocalDate.now().plusDays(30).toString());
        type("reason", "Registered letter received");
        browser.findElement(By.id("open-case")).click();

        assertThat(state()).isEqualTo("FROZEN");
        screenshot("01-case-opened");

        browser.findElement(By.id("action-stop-web")).click();
        if (!powerDns) {
            browser.findElement(By.id("channel-DNS")).click();
        }
        type("reason", "Decision of the legal department");
        browser.findElement(By.id("confirm")).click();

        assertThat(state()).isEqualTo("WEB_STOPPED");
        assertThat(name.statuses()).contains("clientHold");
        screenshot("02-web-stopped");

        browser.findElement(By.id("action-hand-over")).click();
        assertThat(browser.findElement(By.id("mode-AUTH_CODE")).isSelected()).isTrue();
        type("recipient", "Dupont Industries SA");
        type("reason", "Court order 118");
        browser.findElement(By.id("confirm")).click();

        String authCode = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-code"))).getText();
        assertThat(authCode).isEqualTo(name.snapshot().authInfo());
        screenshot("03-auth-code-released");

        browser.findElement(By.id("back-to-case")).click();
        assertThat(state()).isEqualTo("HANDED_OVER");
        assertThat(browser.getPageSource()).doesNotContain(authCode);
        screenshot("04-handed-over");

        browser.get(console.toString());
        assertThat(browser.findElement(By.id("registry-health")).getText()).contains("verisign");
        screenshot("00-dashboard");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String state() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("case-state"))).getText();
    }

    private void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
