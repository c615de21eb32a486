package dk.pladsflow.deadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.BrowserTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 2, as its users click through it: the employer answers the hearing "keep
 * it, because …", a manager of the department finds it on *Høringer* and grants an
 * extension, and the slot stays open. Screenshots in
 * {@code target/browser-tests/hearing/}.
 */
class HearingBrowserTests extends BrowserTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final By PHASE = By.cssSelector("main h1 + span.badge");

	@Autowired
	SlotService slots;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FollowUpService followUps;

	@Autowired
	Clock clock;

	@Test
	void theEmployerAsksToKeepTheSlotAManagerGrantsAnExtensionAndTheSlotStaysOpen() {
		String title = "Høringsplads " + System.nanoTime();
		long slot = slotWithAHearing(title);
		LocalDate until = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE)).plusDays(60);

		loginAs("arbejdsgiver", "demo");
		open("/slots/" + slot);
		visible(By.id("hearing"));
		click(visible(By.id("hearing-keep")));
		visible(By.id("hearing-reason")).sendKeys("Vi har en kandidat, der kan starte til foråret");
		submit("Send svar");
		await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hearing-decision"), "Afventer afgørelse"));
		screenshot("employer-keep-requested");
		// the page was left scrolled to a section: back to the top, where the header is
		open("/");
		logout();

		loginAs("leder-buf", "demo");
		assertThat(navigation()).contains("Høringer");
		// told in the application by the listener that runs after the employer's commit
		open("/notifications");
		await().until((driver) -> {
			driver.navigate().refresh();
			return driver.findElement(By.tagName("main")).getText().contains("vil beholde pladsen \"" + title + "\"");
		});
		screenshot("manager-notified");
		open("/hearings");
		screenshot("manager-hearings-to-decide");
		click(visible(By.linkText(title)));
		visible(By.id("hearing"));
		visible(By.id("hearing-until")).sendKeys(DATE.format(until));
		visible(By.id("hearing-extension-reason")).sendKeys("Kandidaten er god");
		submit("Bevilg forlængelse");
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("hearing-decision"), "Bevilget"));
		assertThat(visible(By.id("hearing-extension")).getText()).contains(DATE.format(until), "Kandidaten er god");
		assertThat(visible(PHASE).getText()).isEqualTo("Fase 1 – henvisning");
		assertThat(browser().findElement(By.tagName("main")).getText())
			.contains("Høring besvaret, ønsker at beholde pladsen", "Forlængelse givet");
		screenshot("manager-extension-granted");
		open("/hearings");
		assertThat(browser().findElements(By.linkText(title))).as("decided: off the list").isEmpty();
	}

	@Test
	void theDepartmentsEmployerReadsTheFollowUpAndCommentsAndTheConsultantSeesItOnTheWorklist() {
		this.followUps.open(this.clock.instant());
		long buf = this.organisation.departmentByCode("BUF").orElseThrow().id();
		FollowUpReview review = this.followUps
			.list(CurrentUser.of(0, "system", java.util.Set.of(dk.pladsflow.user.Role.CONSULTANT), null,
					java.util.Set.of()))
			.stream()
			.filter((r) -> r.departmentId() == buf && r.open())
			.findFirst()
			.orElseThrow();
		String comment = "Vi vil gerne beholde pladserne " + System.nanoTime();

		loginAs("arbejdsgiver", "demo");
		assertThat(navigation()).contains("Opfølgning");
		open("/follow-ups/" + review.id());
		visible(By.id("comment")).sendKeys(comment);
		submit("Tilføj kommentar");
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), comment));
		screenshot("employer-follow-up");
		// the page was left scrolled to a section: back to the top, where the header is
		open("/");
		logout();

		loginAs("konsulent", "demo");
		open("/follow-ups/" + review.id());
		assertThat(visible(By.id("comments")).getText()).contains(comment);
		screenshot("consultant-follow-up");
		open("/worklist");
		screenshot("consultant-worklist");
	}

	/**
	 * A slot of the demo employer in BUF with the hearing the closure job asks at week 24
	 * (the job itself is tested in {@code ClosureServiceTests}; a browser test must not
	 * move the shared clock 24 weeks for every demo slot).
	 */
	private long slotWithAHearing(String title) {
		UserSummary employer = this.users.byUsername("arbejdsgiver").orElseThrow();
		CurrentUser user = CurrentUser.of(employer.id(), employer.username(), employer.roles(), employer.departmentId(),
				employer.unitIds());
		UnitSummary unit = this.organisation.allUnits()
			.stream()
			.filter((u) -> u.name().equals("Nørrebro Skole"))
			.findFirst()
			.orElseThrow();
		long slot = this.slots.open(user, new SlotDetails(unit.id(), title, null, Scheme.WAGE_SUBSIDY,
				new BigDecimal("37"), null, "Arne, 11223344", true, true));
		this.jdbc.sql("""
				insert into slot_hearing (slot_id, slot_opened_at, unused_since, asked_at)
				select slot_id, period_start, unused_since, :now from slot_unused where slot_id = :slot
				""").param("slot", slot).param("now", Timestamp.from(this.clock.instant())).update();
		return slot;
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private void submit(String button) {
		WebElement html = browser().findElement(By.tagName("html"));
		click(visible(By.xpath("//main//button[normalize-space(.)='" + button + "']")));
		awaitGone(html);
	}

	private void screenshot(String name) {
		try {
			Path directory = Files.createDirectories(Paths.get("target", "browser-tests", "hearing"));
			Path file = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
