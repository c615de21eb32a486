package dk.pladsflow.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dk.pladsflow.test.BrowserTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBrowserTests extends BrowserTest {

	@Test
	void aCentralManagerOpensTheStatusAndDownloadsTheWorkbook() throws Exception {
		loginAs("leder", "demo");
		open("/status");
		assertThat(visible(By.tagName("h1")).getText()).startsWith("Status");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("Københavns Kommune (KK)");
		String href = browser().findElement(By.linkText("Hent Excel")).getAttribute("href");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie", "SESSION=" + browser().manage().getCookieNamed("SESSION").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getSheet("Status")).isNotNull();
		}
	}

}
