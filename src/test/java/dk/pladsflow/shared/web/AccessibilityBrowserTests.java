package dk.pladsflow.shared.web;

import java.util.LinkedHashSet;
import java.util.Set;

import dk.pladsflow.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA on every page of every role: each demo user opens every page of the
 * navigation and the first slot, citizen or department linked from it; axe-core checks
 * each ({@link BrowserTest}). The demo data has overdue slots, so the marked rows of the
 * worklist and the slot list are among them.
 */
class AccessibilityBrowserTests extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "konsulent", "arbejdsgiver", "leder", "leder-buf", "admin" })
	void everyPageOfTheRoleMeetsWcag21AA(String username) {
		loginAs(username, "demo");
		int checkedBefore = pagesCheckedForAccessibility();
		Set<String> pages = new LinkedHashSet<>();
		for (WebElement link : browser().findElements(By.cssSelector("header nav a[href^='/']"))) {
			pages.add(link.getAttribute("pathname"));
		}
		pages.add("/slots?overdue=true");
		Set<String> details = new LinkedHashSet<>();
		for (String page : pages) {
			open(page);
			browser().findElements(By.cssSelector("main table a[href^='/']"))
				.stream()
				.limit(1)
				.forEach((link) -> details.add(link.getAttribute("pathname")));
		}
		details.forEach(this::open);
		assertThat(pages).as("pages of %s", username).hasSizeGreaterThan(2);
		assertThat(pagesCheckedForAccessibility() - checkedBefore).as("pages checked by axe-core")
			.isGreaterThanOrEqualTo(pages.size() + details.size());
	}

	@Test
	void theOverdueRowsOfTheWorklistAreReadable() {
		loginAs("konsulent", "demo");
		open("/worklist");
		assertThat(browser().findElements(By.cssSelector("tr.table-danger a"))).as("overdue slots with their links")
			.isNotEmpty();

		assertThat(accessibilityViolations()).isEmpty();
	}

	@Test
	void aViolationIsFound() {
		loginAs("konsulent", "demo");
		((JavascriptExecutor) browser()).executeScript("""
				const faint = document.createElement('p');
				faint.style.color = '#bbbbbb';
				faint.textContent = 'Svag tekst';
				document.querySelector('main').append(faint);""");

		assertThat(accessibilityViolations()).anyMatch((violation) -> violation.contains("color-contrast"));
	}

}
