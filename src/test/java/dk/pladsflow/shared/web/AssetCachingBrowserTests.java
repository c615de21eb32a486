package dk.pladsflow.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end is downloaded once: stylesheets and scripts have versioned URLs that the
 * browser keeps for a year, so the next page transfers none of them again, while HTML
 * pages are never stored.
 */
class AssetCachingBrowserTests extends BrowserTest {

	private static final String FOREVER = "max-age=31536000, public, immutable";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theNextPageTransfersNoStylesheetOrScriptAgain() {
		loginAs("leder", "demo");
		List<String> first = assetsOfThisPage().stream().map((asset) -> (String) asset.get("name")).toList();
		assertThat(first).as("stylesheets and scripts of the home page")
			.anyMatch((name) -> name.contains("/webjars/bootstrap/"))
			.anyMatch((name) -> name.contains("/css/"))
			.anyMatch((name) -> name.contains("/webjars/htmx.org/"));

		navigateTo("/status");
		List<Map<String, Object>> second = assetsOfThisPage();
		assertThat(second).as("the home page's assets on the status page")
			.filteredOn((asset) -> first.contains((String) asset.get("name")))
			.hasSameSizeAs(first)
			.allSatisfy(AssetCachingBrowserTests::notTransferred);
		assertThat(second).as("the status page's own scripts").hasSizeGreaterThan(first.size());

		navigateTo("/");
		navigateTo("/status");
		assertThat(assetsOfThisPage()).as("the status page again").allSatisfy(AssetCachingBrowserTests::notTransferred);
	}

	@Test
	void versionedAssetsAreCachedForAYearAndPagesAreNeverStored() throws Exception {
		HttpResponse<String> login = get("/login");
		assertThat(login.headers().firstValue("Cache-Control"))
			.hasValue("no-cache, no-store, max-age=0, must-revalidate");
		List<String> links = links(login.body());
		assertThat(links).hasSizeGreaterThanOrEqualTo(3);
		for (String link : links) {
			HttpResponse<String> asset = get(link);
			assertThat(asset.statusCode()).as(link).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control")).as(link).hasValue(FOREVER);
		}
	}

	@Test
	void anOwnFileWithoutItsVersionIsRevalidatedAndAWrongVersionIsNotFound() throws Exception {
		HttpResponse<String> plain = get("/css/pladsflow.css");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");

		assertThat(get("/css/000000000000/pladsflow.css").statusCode()).isEqualTo(404);
	}

	/**
	 * Follows the navigation bar's link, as a user would (not a reload).
	 */
	private void navigateTo(String path) {
		WebElement main = browser().findElement(By.tagName("main"));
		browser().findElement(By.cssSelector("header a[href='" + path + "']")).click();
		awaitGone(main);
		visible(By.cssSelector("main h1"));
	}

	private static void notTransferred(Map<String, Object> asset) {
		assertThat(asset.get("transferSize")).as("bytes transferred for %s", asset.get("name")).isEqualTo(0L);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> assetsOfThisPage() {
		return (List<Map<String, Object>>) ((JavascriptExecutor) browser()).executeScript("""
				return performance.getEntriesByType('resource')
				  .filter((e) => e.initiatorType === 'link' || e.initiatorType === 'script')
				  .map((e) => ({ name: e.name, transferSize: e.transferSize }));""");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), BodyHandlers.ofString());
	}

	private static List<String> links(String html) {
		Matcher matcher = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(html);
		return matcher.results().map((result) -> result.group(1)).toList();
	}

}
