package dk.pladsflow.citizen;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.pladsflow.test.Pages.fieldError;
import static dk.pladsflow.user.UserMother.as;
import static dk.pladsflow.test.Concurrently.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 11, item 6: every answer that tells a CPR number is registered is in the holder's
 * access log; the import's clash message names the row, not the holder; two registrations
 * of the same new number at once give one citizen and one field message, and the number
 * is never written to the log. Not transactional: the race needs two committed
 * transactions.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CprPrivacyTests extends CitizenTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theFormsAlreadyRegisteredAnswerIsLoggedAgainstTheHolder(CapturedOutput output) throws Exception {
		String cpr = CitizenMother.uniqueCpr();
		long holder = this.citizens.create(
				CitizenMother.data("Holder", CitizenMother.uniqueCaseReference()).cpr(cpr).build(), this.consultant);

		this.mvc.perform(form("Anden", CitizenMother.uniqueCaseReference(), cpr))
			.andExpect((result) -> assertThat(result.getResponse().getContentAsString(),
					fieldError("cpr", "Der er allerede en borger med dette CPR-nummer.")));

		assertThat(actions(holder)).containsExactly("CREATE", "CPR_CHECK");
		assertThat(output.getAll()).doesNotContain(cpr);
	}

	@Test
	void theImportsClashNamesTheRowNotTheHolderAndIsLogged() throws Exception {
		String cpr = CitizenMother.uniqueCpr();
		String holderCase = CitizenMother.uniqueCaseReference();
		long holder = this.citizens.create(CitizenMother.data("Holder", holderCase).cpr(cpr).build(), this.consultant);
		String file = CitizenWebTests.HEADER + "Ny Borger;" + CitizenMother.uniqueCaseReference() + ";" + cpr
				+ ";1;dagpenge;;ja;2026-01-01\n";

		MvcResult result = this.mvc
			.perform(multipart("/citizens/import")
				.file(new MockMultipartFile("file", "b.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
				.with(as(this.consultant))
				.with(csrf()))
			.andReturn();

		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("CPR-nummeret er allerede registreret på en anden borger.")
			.doesNotContain(holderCase);
		assertThat(actions(holder)).containsExactly("CREATE", "CPR_CHECK");
	}

	@Test
	void twoRegistrationsOfTheSameNewCprGiveOneCitizenAndOneFieldMessageAndNoCprInTheLog(CapturedOutput output)
			throws Exception {
		String cpr = CitizenMother.uniqueCpr();
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		// the first registration inserts and holds its transaction open ...
		CompletableFuture<Long> first = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(this.transactions).execute((status) -> {
				long id = this.citizens.create(
						CitizenMother.data("Først", CitizenMother.uniqueCaseReference()).cpr(cpr).build(),
						this.consultant);
				firstInserted.countDown();
				await(releaseFirst);
				return id;
			}));
		await(firstInserted);
		// ... so the second finds the number free and waits at the unique index
		CompletableFuture<MvcResult> second = CompletableFuture
			.supplyAsync(() -> perform(form("Anden", CitizenMother.uniqueCaseReference(), cpr)));
		waitUntilAnInsertWaitsForALock();
		releaseFirst.countDown();

		long id = first.get(30, TimeUnit.SECONDS);
		MvcResult page = second.get(30, TimeUnit.SECONDS);

		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString(),
				fieldError("cpr", "Der er allerede en borger med dette CPR-nummer."));
		assertThat(this.jdbc.queryForList("select id from citizen where cpr = ?", Long.class, cpr)).containsExactly(id);
		assertThat(output.getAll()).as("the log").doesNotContain(cpr).contains("uk_citizen_cpr");
	}

	private void waitUntilAnInsertWaitsForALock() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
				+ " and query ilike 'insert into citizen%'", Long.class) == 0) {
			assertThat(System.nanoTime()).as("the second registration reaches the index").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private MvcResult perform(org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			return this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private java.util.List<String> actions(long citizen) {
		return this.jdbc.queryForList("select action from citizen_access_log where citizen_id = ? order by id",
				String.class, citizen);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String name,
			String caseReference, String cpr) {
		return post("/citizens").with(as(this.consultant))
			.with(csrf())
			.param("version", "0")
			.param("_cvReady", "on")
			.param("_active", "on")
			.param("name", name)
			.param("caseReference", caseReference)
			.param("cpr", cpr)
			.param("targetGroup", "1")
			.param("benefit", "UNEMPLOYMENT_INSURANCE")
			.param("waitingSince", "01-02-2026");
	}

}
