package dk.pladsflow.citizen;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class CitizenWebTests extends CitizenTestSupport {

	static final String HEADER = "name;case_reference;cpr;target_group;benefit;job_goal;cv_ready;waiting_since\n";

	@Autowired
	MockMvc mvc;

	@Test
	void employersManagersAndAdministratorsGetForbiddenOnEveryCitizenUrlEvenForGuessedIds() throws Exception {
		long id = this.citizens.create(CitizenMother.data("Skjult Borger", CitizenMother.uniqueCaseReference())
			.cpr(CitizenMother.uniqueCpr())
			.build(), this.consultant);
		List<CurrentUser> outsiders = List.of(newUser(Role.EMPLOYER, true), newUser(Role.MANAGER, true),
				newUser(Role.MANAGER, false), newUser(Role.ADMIN, false));
		for (CurrentUser outsider : outsiders) {
			for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(
					get("/citizens"), get("/citizens?q=Skjult"), get("/citizens/new"), get("/citizens/{id}", id),
					get("/citizens/{id}/edit", id), get("/citizens/{id}", 999_999_999L), get("/citizens/import"),
					post("/citizens").param("name", "X").param("caseReference", "Y"),
					post("/citizens/{id}", id).param("name", "X"), post("/citizens/{id}", 999_999_999L),
					multipart("/citizens/import").file(csv(HEADER + "X;Y;;1;dagpenge;;ja;2026-01-01\n")))) {
				this.mvc.perform(request.with(user(outsider)).with(csrf()))
					.andExpect(status().isForbidden())
					.andExpect(content()
						.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Skjult Borger"))));
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_access_log where citizen_id = ?", Long.class,
				id))
			.isEqualTo(1);
	}

	@Test
	void listShowsMaskedCprAndNeverTheFullNumber() throws Exception {
		String cpr = CitizenMother.uniqueCpr();
		String name = "Listeborger" + System.nanoTime();
		this.citizens.create(CitizenMother.data(name, CitizenMother.uniqueCaseReference()).cpr(cpr).build(),
				this.consultant);
		String html = this.mvc.perform(get("/citizens").param("q", name).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(name, cpr.substring(0, 6) + "-****", "15-01-2026")
			.doesNotContain(cpr)
			.doesNotContain(cpr.substring(7));
	}

	@Test
	void detailShowsTheFullCprAndLogsTheView() throws Exception {
		String cpr = CitizenMother.uniqueCpr();
		long id = this.citizens.create(
				CitizenMother.data("Fuld Visning", CitizenMother.uniqueCaseReference()).cpr(cpr).build(),
				this.consultant);
		this.mvc.perform(get("/citizens/{id}", id).with(user(this.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(cpr)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Visning")));
		assertThat(this.jdbc.queryForList("select action from citizen_access_log where citizen_id = ? order by id",
				String.class, id))
			.containsExactly("CREATE", "VIEW");
	}

	@Test
	void formShowsDanishMessagesBesideTheFieldsAndKeepsTheInput() throws Exception {
		String html = this.mvc
			.perform(form().param("name", "")
				.param("caseReference", "SAG-KEEP-ME")
				.param("cpr", "12-34")
				.param("targetGroup", "2")
				.param("benefit", "CASH_BENEFIT")
				.param("jobGoal", "Gartner")
				.param("waitingSince", "31-02-2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"name-error\">Skal udfyldes.</div>")
			.contains("id=\"cpr-error\">Skriv et gyldigt CPR-nummer som ddmmåå-xxxx.</div>")
			.contains("id=\"waitingSince-error\">Skriv en dato som dd-mm-åååå.</div>")
			.contains("value=\"SAG-KEEP-ME\"", "value=\"12-34\"", "value=\"Gartner\"", "value=\"31-02-2026\"");
	}

	@Test
	void duplicateCaseReferenceIsAFieldError() throws Exception {
		String ref = CitizenMother.uniqueCaseReference();
		this.citizens.create(CitizenMother.data("Først", ref).build(), this.consultant);
		this.mvc.perform(validForm("Anden", ref))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("id=\"caseReference-error\">Der er allerede en borger med dette sagsnummer.</div>")));
	}

	@Test
	void validFormCreatesTheCitizenAndShowsTheRecord() throws Exception {
		String ref = CitizenMother.uniqueCaseReference();
		this.mvc
			.perform(validForm("Ny Borger", ref).param("cpr", CitizenMother.uniqueCpr().replace("-", ""))
				.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "citizen.created"));
		assertThat(this.jdbc.queryForObject("select waiting_since::text from citizen where case_reference = ?",
				String.class, ref))
			.isEqualTo("2026-02-01");
	}

	@Test
	void importOfAGoodFileWithBomSavesEveryRow() throws Exception {
		String a = CitizenMother.uniqueCaseReference();
		String b = CitizenMother.uniqueCaseReference();
		String cpr = CitizenMother.uniqueCpr();
		String file = "\uFEFF" + HEADER + "Ærø Østergård;" + a + ";" + cpr + ";1;dagpenge;Gartner;ja;2026-01-05\r\n"
				+ "Bo Berg;" + b + ";;3;Kontanthjælp;Rengøring;nej;05-01-2026\r\n";
		this.mvc.perform(multipart("/citizens/import").file(csv(file)).with(user(this.consultant)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/citizens/import"))
			.andExpect(flash().attribute("imported", new CitizenImportResult(2, 0, List.of())));
		assertThat(this.jdbc.queryForList("select name from citizen where case_reference in (?, ?) order by name",
				String.class, a, b))
			.containsExactly("Bo Berg", "Ærø Østergård");
		assertThat(this.jdbc.queryForObject("select cpr from citizen where case_reference = ?", String.class, a))
			.isEqualTo(cpr);
		assertThat(this.jdbc.queryForList(
				"select l.action from citizen_access_log l join citizen c on c.id = l.citizen_id where c.case_reference = ?",
				String.class, a))
			.containsExactly("IMPORT");
	}

	@Test
	void successMessageTellsTheCount() throws Exception {
		assertImportMessage(
				HEADER + "Ene Borger;" + CitizenMother.uniqueCaseReference() + ";;1;dagpenge;;ja;2026-01-05\n",
				"1 borger er importeret: 1 nye og 0 opdaterede.");
		assertImportMessage(HEADER + "Anden Borger;" + CitizenMother.uniqueCaseReference()
				+ ";;1;dagpenge;;ja;2026-01-05\nTredje Borger;" + CitizenMother.uniqueCaseReference()
				+ ";;2;kontanthjælp;;nej;2026-01-06\n", "2 borgere er importeret: 2 nye og 0 opdaterede.");
	}

	/**
	 * Imports a file and follows the redirect as a browser does, with the session cookie:
	 * the message travels as a flash attribute in the session (stored in the database).
	 */
	private void assertImportMessage(String file, String message) throws Exception {
		org.springframework.test.web.servlet.MvcResult imported = this.mvc
			.perform(multipart("/citizens/import").file(csv(file)).with(user(this.consultant)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		this.mvc
			.perform(get(imported.getResponse().getRedirectedUrl()).cookie(imported.getResponse().getCookie("SESSION"))
				.with(user(this.consultant)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
	}

	@Test
	void importWithBadRowsSavesNothingAndListsEveryLineWithItsReason() throws Exception {
		String good = CitizenMother.uniqueCaseReference();
		String twice = CitizenMother.uniqueCaseReference();
		String file = HEADER + "God Borger;" + good + ";;1;dagpenge;;ja;2026-01-05\n" // line
																						// 2
				+ "Dårlig Dato;" + CitizenMother.uniqueCaseReference() + ";;1;dagpenge;;ja;2026-13-01\n" // 3
				+ "\n" // 4: empty, skipped
				+ "Dårlig Gruppe;" + twice + ";123;5;løn;;måske;01-01-2026\n" // 5
				+ "Igen;" + twice + ";;2;sygedagpenge;;nej;01-01-2026\n" // 6
				+ "Kort;række\n"; // 7: too few fields
		String html = this.mvc
			.perform(multipart("/citizens/import").file(csv(file)).with(user(this.consultant)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Intet er gemt")
			.contains("<td>3</td>",
					"waiting_since skal være en dato som åååå-mm-dd eller dd-mm-åååå, ikke »2026-13-01«.")
			.contains("<td>5</td>", "Målgruppen skal være 1, 2, 3 eller 4, ikke »5«.", "Ukendt ydelse »løn«.",
					"cv_ready skal være ja eller nej, ikke »måske«.", "CPR-nummeret er ikke gyldigt")
			.contains("<td>6</td>", "Sagsnummeret " + twice + " står også på linje 5.")
			.contains("<td>7</td>", "Rækken har 2 felter, men overskriften har 8.")
			.doesNotContain("<td>2</td>")
			.doesNotContain("<td>4</td>");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen where case_reference in (?, ?)", Long.class,
				good, twice))
			.isZero();
	}

	@Test
	void duplicateCaseReferenceInTheFileIsAnError() throws Exception {
		String twice = CitizenMother.uniqueCaseReference();
		String file = HEADER + "En;" + twice + ";;1;dagpenge;;ja;2026-01-05\n" + "To;" + twice
				+ ";;1;dagpenge;;ja;2026-01-05\n";
		this.mvc.perform(multipart("/citizens/import").file(csv(file)).with(user(this.consultant)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Sagsnummeret " + twice + " står også på linje 2.")));
		assertThat(this.jdbc.queryForObject("select count(*) from citizen where case_reference = ?", Long.class, twice))
			.isZero();
	}

	@Test
	void reimportUpdatesTheCitizenInsteadOfAddingADuplicate() throws Exception {
		String ref = CitizenMother.uniqueCaseReference();
		String cpr = CitizenMother.uniqueCpr();
		this.mvc
			.perform(multipart("/citizens/import")
				.file(csv(HEADER + "Karl Kok;" + ref + ";" + cpr + ";2;dagpenge;Kok;nej;2026-01-05\n"))
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(flash().attribute("imported", new CitizenImportResult(1, 0, List.of())));
		this.mvc
			.perform(multipart("/citizens/import")
				.file(csv(HEADER + "Karl Kok;" + ref + ";;1;DAGPENGE;Køkkenmedhjælper;ja;2026-01-05\n"))
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(flash().attribute("imported", new CitizenImportResult(0, 1, List.of())));
		assertThat(this.jdbc.queryForMap(
				"select count(*) as n, max(job_goal) as job_goal, max(cpr) as cpr, max(target_group) as target_group from citizen where case_reference = ?",
				ref))
			.containsEntry("n", 1L)
			.containsEntry("job_goal", "Køkkenmedhjælper")
			.containsEntry("cpr", cpr)
			.containsEntry("target_group", 1);
	}

	@Test
	void aWrongHeaderOrEncodingIsReportedForTheWholeFile() throws Exception {
		this.mvc
			.perform(
					multipart("/citizens/import").file(csv("navn;sag\nA;B\n")).with(user(this.consultant)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Overskriften på første linje skal have kolonnerne name;case_reference;target_group")));
		byte[] latin1 = (HEADER + "Søren;X;;1;dagpenge;;ja;2026-01-05\n").getBytes(StandardCharsets.ISO_8859_1);
		this.mvc
			.perform(multipart("/citizens/import").file(new MockMultipartFile("file", "b.csv", "text/csv", latin1))
				.with(user(this.consultant))
				.with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Filen er ikke gemt som UTF-8.")));
	}

	/** The new-citizen form as a browser sends it, empty. */
	private MockHttpServletRequestBuilder form() {
		return post("/citizens").with(user(this.consultant))
			.with(csrf())
			.param("version", "0")
			.param("_cvReady", "on")
			.param("_active", "on");
	}

	private MockHttpServletRequestBuilder validForm(String name, String caseReference) {
		return form().param("name", name)
			.param("caseReference", caseReference)
			.param("targetGroup", "1")
			.param("benefit", "UNEMPLOYMENT_INSURANCE")
			.param("waitingSince", "01-02-2026");
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "borgere.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

}
