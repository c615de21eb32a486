package dk.pladsflow.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) over every page a browser test
 * visits: after each page load, and before each click or submit on a page that changed
 * since it was last checked (a form's answer, an htmx swap). What it finds is collected
 * and fails the test ({@link BrowserTest}). Public, with public listener methods:
 * Selenium calls them by reflection.
 */
public final class AccessibilityCheck implements WebDriverListener {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String PAGE_STATE = """
			return document.readyState === 'complete' && document.body
			  ? location.href + ' ' + performance.timeOrigin + ' ' + document.body.innerHTML.length : null""";

	private final WebDriver driver;

	private final List<String> violations = new ArrayList<>();

	private String checked;

	private int pagesChecked;

	AccessibilityCheck(WebDriver driver) {
		this.driver = driver;
	}

	@Override
	public void afterGet(WebDriver decorated, String url) {
		check();
	}

	@Override
	public void beforeClick(WebElement element) {
		check();
	}

	@Override
	public void beforeSubmit(WebElement element) {
		check();
	}

	/**
	 * Checks the page in the browser unless it was checked as it is.
	 */
	void check() {
		Object state = ((JavascriptExecutor) this.driver).executeScript(PAGE_STATE);
		if (state == null || state.equals(this.checked)) {
			return;
		}
		this.checked = (String) state;
		this.pagesChecked++;
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		for (Rule rule : results.getViolations()) {
			this.violations.add(results.getUrl() + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
					+ rule.getNodes().stream().map(AccessibilityCheck::describe).collect(Collectors.joining("; ")));
		}
	}

	/**
	 * What was found since the last call, and forgets it.
	 * @return one line per rule and page
	 */
	List<String> takeViolations() {
		List<String> found = List.copyOf(this.violations);
		this.violations.clear();
		return found;
	}

	/**
	 * How many page states were checked since the browser started.
	 * @return the count
	 */
	int pagesChecked() {
		return this.pagesChecked;
	}

	void forgetPage() {
		this.checked = null;
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml();
		return node.getTarget() + " " + ((html.length() > 160) ? html.substring(0, 160) + "…" : html);
	}

}
