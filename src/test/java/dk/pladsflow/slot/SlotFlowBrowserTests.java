package dk.pladsflow.slot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow of a slot as its users click through it: the demo employer opens a slot,
 * the demo consultant finds it on the worklist and refers two citizens, the employer
 * chooses one, the agreement is completed, the placement ends and the slot reopens by
 * itself. Screenshots of each page, as each role saw it, are left in
 * {@code target/browser-tests/slot-flow/}.
 */
class SlotFlowBrowserTests extends BrowserTest {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final By PHASE = By.cssSelector("main h1 + span.badge");

	private static final By FILLED = By.cssSelector("main section.alert-success");

	@Test
	void anEmployerAndAConsultantTakeASlotFromOpeningThroughPlacementToReopening() {
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
		String title = "Skolepædagog " + System.nanoTime();

		loginAs("arbejdsgiver", "demo");
		open("/slots/new");
		new Select(visible(By.id("unitId"))).selectByVisibleText("Nørrebro Skole");
		type(By.id("title"), title);
		type(By.id("weeklyHours"), "37");
		type(By.id("contactPerson"), "Arne, 11223344");
		submit("Opret plads");
		await().until(ExpectedConditions.urlMatches("/slots/\\d+$"));
		long slot = idIn(browser().getCurrentUrl());
		assertPhase("Fase 1 – henvisning");
		screenshot("employer-slot-opened");
		logout();

		loginAs("konsulent", "demo");
		findOnTheWorklist(title);
		screenshot("consultant-slot-phase-1");
		click(visible(By.linkText("Henvis borgere")));
		await().until(ExpectedConditions.urlContains("/slots/" + slot + "/refer"));
		String chosen = referTheFirstSuggestion();
		String declined = referTheFirstSuggestion();
		assertThat(chosen).isNotEqualTo(declined);
		screenshot("consultant-refer");
		logout();

		loginAs("arbejdsgiver", "demo");
		open("/slots/" + slot);
		assertPhase("Fase 2 – arbejdsgiverens svar");
		screenshot("employer-slot-phase-2");
		WebElement chosenCard = answerCardOf(chosen);
		click(chosenCard.findElement(By.cssSelector("input[type=radio]")));
		answerCardOf(declined).findElement(By.cssSelector("input[id^=reason-]")).sendKeys("Mangler erfaring");
		submit("Send svar");
		assertPhase("Fase 3 – aftale");

		check("agreementSigned");
		check("contractSigned");
		type(By.id("startDate"), DATE.format(today));
		type(By.id("weeklyHours"), "37");
		type(By.id("subsidyEnd"), DATE.format(today.plusMonths(3)));
		check("notReplacingVacancy");
		check("representativeApproved");
		// saved in place (htmx): the page stays, the section, history and message are
		// swapped in
		click(visible(By.xpath("//main//button[normalize-space(.)='Gem tjekliste']")));
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "Tjeklisten er gemt."));
		await().until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Aftalens tjekliste opdateret"));
		screenshot("employer-agreement");
		submit("Afslut aftalen – pladsen er besat");
		assertPhase("Besat");
		assertThat(visible(FILLED).getText()).contains("Pladsen er besat. Forløbet løber fra " + DATE.format(today));
		screenshot("employer-slot-filled");

		type(By.id("endDate"), DATE.format(today));
		submit("Afslut forløbet");
		// the placement has ended: the slot reopens by itself (issue 10)
		assertPhase("Fase 1 – henvisning");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Borger valgt",
				"Aftale afsluttet – pladsen besat", "Forløb afsluttet", "Genåbnet");
		screenshot("employer-slot-reopened");
	}

	/**
	 * Not an assertion of layout: each role's view of the slot pages, kept as screenshots
	 * for a person to look at, and no page may fail.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "arbejdsgiver", "konsulent", "leder", "leder-buf" })
	void eachRoleSeesTheSlotPagesWithoutAnError(String username) {
		loginAs(username, "demo");
		open("/slots");
		String firstSlot = visible(By.cssSelector("main table tbody tr a")).getAttribute("href");
		long slot = idIn(firstSlot);
		for (String path : List.of("/slots", "/worklist", "/inbox", "/slots/" + slot, "/slots/" + slot + "/refer")) {
			open(path);
			String heading = visible(By.tagName("h1")).getText();
			screenshot(username + path.replace('/', '_'));
			assertThat(heading).as(username + " " + path).doesNotContain("Noget gik galt", "Siden findes ikke");
		}
	}

	// --- steps -------------------------------------------------------------------------

	/**
	 * Opens the slot from the consultant's worklist, going through its pages if need be.
	 */
	private void findOnTheWorklist(String title) {
		open("/worklist");
		for (int page = 0; page < 20; page++) {
			visible(By.tagName("h1"));
			List<WebElement> links = browser().findElements(By.linkText(title));
			if (!links.isEmpty()) {
				screenshot("consultant-worklist");
				click(links.get(0));
				visible(PHASE);
				return;
			}
			open("/worklist?page=" + (page + 1));
		}
		throw new AssertionError(title + " is not on the worklist");
	}

	/**
	 * Refers the best suggestion and waits until it has gone from the suggestions.
	 * @return the citizen's name
	 */
	private String referTheFirstSuggestion() {
		WebElement row = visible(By.cssSelector("main table tbody tr"));
		String name = row.findElement(By.cssSelector("td span")).getText();
		click(row.findElement(By.cssSelector("button[type=submit]")));
		awaitGone(row);
		await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Borgeren er henvist."));
		return name;
	}

	private WebElement answerCardOf(String citizen) {
		return visible(By.xpath("//section[@aria-labelledby='answer-title']//div[contains(@class,'border')]"
				+ "[.//label[contains(normalize-space(.), '" + citizen + "')]]"));
	}

	private void assertPhase(String phase) {
		await().until(ExpectedConditions.textToBe(PHASE, phase));
	}

	private void type(By field, String text) {
		WebElement input = visible(field);
		input.clear();
		input.sendKeys(text);
	}

	private void check(String name) {
		WebElement box = visible(By.cssSelector("input[type=checkbox][name=" + name + "]"));
		if (!box.isSelected()) {
			click(box);
		}
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window, where the footer
	 * cannot cover it.
	 */
	private void click(WebElement element) {
		((JavascriptExecutor) browser())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Clicks the submit button with the text and waits for the next page.
	 */
	private void submit(String button) {
		WebElement html = browser().findElement(By.tagName("html"));
		click(visible(By.xpath("//main//button[normalize-space(.)='" + button + "']")));
		awaitGone(html);
	}

	private static long idIn(String url) {
		Matcher id = Pattern.compile("/slots/(\\d+)$").matcher(url);
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	/**
	 * Keeps a screenshot of the page as it is, for a person to look at.
	 */
	protected void screenshot(String name) {
		try {
			Path directory = Files.createDirectories(Paths.get("target", "browser-tests", "slot-flow"));
			Path file = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
