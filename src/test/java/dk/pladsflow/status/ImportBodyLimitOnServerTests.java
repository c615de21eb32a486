package dk.pladsflow.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationMother;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.test.ServerIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: the scripted imports' body limit on the running server, for a body that
 * declares no length (chunked, as a script streaming a file sends it): it is counted as
 * it is read, and the first byte over {@code pladsflow.import.max-body-size} ends the
 * import with 413; a body of exactly the limit is imported. (A declared Content-Length
 * over the limit is refused before a byte is read: {@code ImportContractTests}.)
 */
@ServerIntegrationTest
class ImportBodyLimitOnServerTests {

	private static final int LIMIT = 20 * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	@Autowired
	StatusService status;

	@Test
	void aChunkedBodyIsCountedAndRefusedAtTheFirstByteOverTheLimit() throws Exception {
		DepartmentSummary department = OrganisationMother.department(this.organisation);
		CurrentUser admin = UserMother.create(this.users, null, Role.ADMIN);

		HttpResponse<String> over = postChunked(admin, ImportContractTests.targetsFile(department.code(), LIMIT + 1));
		assertThat(over.statusCode()).isEqualTo(413);
		assertThat(over.body()).contains("\"line\":1").contains("Filen er for stor: en import må højst fylde 20 MB");
		assertThat(flexJobTarget(department)).as("nothing imported").isNull();

		HttpResponse<String> at = postChunked(admin, ImportContractTests.targetsFile(department.code(), LIMIT));
		assertThat(at.statusCode()).isEqualTo(200);
		assertThat(at.body()).isEqualTo("{\"imported\":1}");
		assertThat(flexJobTarget(department)).isEqualTo(4);
	}

	private HttpResponse<String> postChunked(CurrentUser user, byte[] body) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((user.getUsername() + ":" + UserMother.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/import/targets"))
			.header("Authorization", "Basic " + credentials)
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "da")
			// a stream of unknown length: sent chunked, without Content-Length
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Integer flexJobTarget(DepartmentSummary department) {
		return this.status.department(StatusFixtures.ADMIN, YearMonth.of(2023, 6), department.code())
			.figures()
			.flexJob()
			.target();
	}

}
