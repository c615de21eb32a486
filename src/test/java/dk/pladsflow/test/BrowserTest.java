package dk.pladsflow.test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the browser tests: the whole application on a random port, on the shared test
 * database ({@link TestDatabase}) with the demo data set, driven by a headless Chromium.
 * <p>
 * Only Debian's Chromium is used: {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} (system properties
 * {@code pladsflow.browser-tests.chromium} and
 * {@code pladsflow.browser-tests.chromedriver} point elsewhere); Selenium Manager never
 * downloads anything. Where either is missing the tests are skipped, unless the system
 * property {@code pladsflow.browser-tests=required} is set (CI does): then they fail.
 * <p>
 * One browser serves a test class; each test starts logged out. A failing test leaves a
 * screenshot and the page source in {@code target/browser-tests/}.
 * <p>
 * Every page a test visits is checked with axe-core against WCAG 2.1 A and AA
 * ({@link AccessibilityCheck}); a test that met a violation fails with the list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pladsflow.demo-data=true")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(BrowserTest.Chromium.class)
public abstract class BrowserTest {

	static final String CHROMIUM = System.getProperty("pladsflow.browser-tests.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("pladsflow.browser-tests.chromedriver",
			"/usr/bin/chromedriver");

	private static final Logger log = LoggerFactory.getLogger(BrowserTest.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static WebDriver driver;

	private static AccessibilityCheck accessibility;

	@LocalServerPort
	private int port;

	@BeforeEach
	void startLoggedOut() {
		browser().manage().deleteAllCookies();
		accessibility.forgetPage();
		accessibility.takeViolations();
	}

	/**
	 * Checks the page as it is now with axe-core and hands over what was found on it and
	 * on the pages before it since the last call (which then no longer fails the test).
	 * @return one line per rule and page
	 */
	protected List<String> accessibilityViolations() {
		accessibility.check();
		return accessibility.takeViolations();
	}

	/**
	 * How many pages axe-core checked in this browser so far.
	 * @return the count
	 */
	protected int pagesCheckedForAccessibility() {
		return accessibility.pagesChecked();
	}

	@AfterEach
	void everyPageVisitedIsAccessible() {
		List<String> violations = accessibilityViolations();
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core found WCAG 2.1 AA violations:\n" + String.join("\n", violations));
		}
	}

	/**
	 * The browser of this test class.
	 * @return the driver
	 */
	protected WebDriver browser() {
		return driver;
	}

	/**
	 * Opens a page of the application.
	 * @param path the path, e.g. {@code /login}
	 */
	protected void open(String path) {
		browser().get(url(path));
	}

	/**
	 * The address of a page of the application under test.
	 * @param path the path, e.g. {@code /login}
	 * @return the absolute URL
	 */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Waits, up to a bound, until a condition holds.
	 * @return the wait
	 */
	protected WebDriverWait await() {
		return new WebDriverWait(browser(), TIMEOUT);
	}

	/**
	 * Waits until an element has left the page (the page was replaced, or the element
	 * swapped out). Chromium reports a node of a page being replaced either as stale or
	 * as "does not belong to the document"; both mean gone, where Selenium's
	 * {@code stalenessOf} counts only the first.
	 * @param element the element of the old page
	 */
	protected void awaitGone(org.openqa.selenium.WebElement element) {
		await().until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	/**
	 * Waits until an element is visible.
	 * @param by what to find
	 * @return the element
	 */
	protected WebElement visible(By by) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Logs in through the login page and waits for the home page.
	 * @param username login name
	 * @param password password
	 */
	protected void loginAs(String username, String password) {
		open("/login");
		visible(By.id("username")).sendKeys(username);
		browser().findElement(By.id("password")).sendKeys(password);
		browser().findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		await().until(ExpectedConditions.presenceOfElementLocated(logoutButton()));
	}

	/**
	 * Logs out with the button in the navigation bar and waits for the login page.
	 */
	protected void logout() {
		browser().findElement(logoutButton()).click();
		await().until(ExpectedConditions.urlContains("/login?logout"));
	}

	/**
	 * The texts of the links in the main navigation.
	 * @return link texts, in order
	 */
	protected List<String> navigation() {
		return browser().findElements(By.cssSelector("header .navbar-nav.me-auto .nav-link"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private static By logoutButton() {
		return By.cssSelector("form[action$='/logout'] button[type=submit]");
	}

	/**
	 * Starts Chromium before a test class (or skips the class without it), quits it after
	 * and keeps evidence of a failure.
	 */
	static class Chromium implements BeforeAllCallback, AfterAllCallback, TestWatcher {

		private Path profile;

		@Override
		public void beforeAll(ExtensionContext context) throws IOException {
			Optional<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
				.filter((file) -> !Files.isExecutable(Paths.get(file)))
				.findFirst();
			if (missing.isPresent()) {
				String message = missing.get() + " is missing: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver) to run the browser tests";
				if ("required".equals(System.getProperty("pladsflow.browser-tests"))) {
					throw new IllegalStateException(message + " (pladsflow.browser-tests=required)");
				}
				// surefire does not print why a whole class was skipped, so say it here
				log.warn("Browser tests skipped: {}", message);
				Assumptions.abort(message);
			}
			this.profile = Files.createTempDirectory("pladsflow-chromium");
			WebDriver chromium = new ChromeDriver(service(), options(this.profile));
			accessibility = new AccessibilityCheck(chromium);
			driver = new EventFiringDecorator<>(accessibility).decorate(chromium);
		}

		@Override
		public void afterAll(ExtensionContext context) throws IOException {
			if (driver != null) {
				driver.quit();
				driver = null;
			}
			if (this.profile != null) {
				try (Stream<Path> files = Files.walk(this.profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (driver == null) {
				return;
			}
			try {
				Path directory = Files.createDirectories(Paths.get("target", "browser-tests"));
				String name = context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName();
				File screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
				Files.copy(screenshot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
				Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
			}
			catch (IOException | RuntimeException ex) {
				// no screenshot, but the test's own failure is what matters
				context.publishReportEntry("screenshot", "not taken: " + ex);
			}
		}

		/**
		 * The Debian driver, by its path, so that Selenium Manager never downloads one.
		 */
		private static ChromeDriverService service() {
			System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
			return new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
		}

		private static ChromeOptions options(Path profile) {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,1024", "--user-data-dir=" + profile);
			return options;
		}

	}

}
