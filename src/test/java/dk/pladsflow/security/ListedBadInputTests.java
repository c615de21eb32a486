package dk.pladsflow.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.slot.AgreementData;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.pladsflow.user.UserMother.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inputs issue 11 found answered with a 500 page: each is now refused with a 4xx and
 * a Danish message (or, for page numbers, the nearest page), and nothing is saved.
 */
@WebIntegrationTest
class ListedBadInputTests {

	private static final String LONG_1001 = "x".repeat(1001);

	private static final String LONG_2001 = "x".repeat(2001);

	private static final String LONG_4001 = "x".repeat(4001);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	@Autowired
	SlotService slots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CitizenService citizens;

	@Autowired
	PlacementService placements;

	CurrentUser admin;

	CurrentUser consultant;

	CurrentUser manager;

	CurrentUser employer;

	long buf;

	long unit;

	long slot;

	@BeforeEach
	void createData() {
		this.buf = this.organisation.departmentByCode("BUF").orElseThrow().id();
		this.unit = this.organisation.createUnit(UserMother.ADMIN, this.buf,
				new UnitData(Unique.name("Enhed"), null, null, 40));
		this.admin = UserMother.create(this.users, null, Role.ADMIN);
		this.consultant = UserMother.create(this.users, null, Role.CONSULTANT);
		this.manager = UserMother.create(this.users, null, Role.MANAGER);
		this.employer = UserMother.create(this.users, this.buf, Role.EMPLOYER);
		this.slot = this.slots.open(this.employer, new SlotDetails(this.unit, "Pædagogmedhjælper", null,
				Scheme.WAGE_SUBSIDY, new BigDecimal("37"), LocalDate.of(2027, 1, 4), "Arne", true, true));
	}

	@Test
	void aStatusYearFarOutOfRangeIsNotFoundOrRedirectedNeverAServerError() throws Exception {
		assertClientAnswer(get("/status").param("year", "1000000000").param("month", "1"), this.manager);
		assertClientAnswer(get("/status/1000000000/1"), this.manager);
		assertClientAnswer(get("/status/2026/13"), this.manager);
		assertClientAnswer(get("/status/snapshots/1000000000/1"), this.manager);
	}

	@Test
	void aPlacementsYearFarOutOfRangeIsRefused() throws Exception {
		assertClientAnswer(get("/placements").param("year", "1000000000"), this.consultant);
		assertClientAnswer(get("/placements").param("year", "-5"), this.consultant);
	}

	@Test
	void hugePageNumbersGiveAPageNotAServerError() throws Exception {
		assertClientAnswer(get("/citizens").param("page", "90000000"), this.consultant);
		assertClientAnswer(get("/placements").param("page", "50000000"), this.consultant);
		assertClientAnswer(get("/slots").param("page", "2147483647"), this.consultant);
		assertClientAnswer(get("/worklist").param("page", "2147483647"), this.consultant);
		assertClientAnswer(get("/inbox").param("page", "2147483647"), this.employer);
	}

	@Test
	void tooLongTextsOnTheSlotPageAreRefusedWithAMessageAndNothingIsSaved() throws Exception {
		long history = historySize();
		assertRefusedWithMessage(
				post("/slots/{id}/answer", this.slot).param("version", "0").param("reasons[1]", LONG_1001),
				this.employer, "1000");
		assertRefusedWithMessage(post("/slots/{id}/problem", this.slot).param("version", "0").param("note", LONG_2001),
				this.employer, "1000");
		assertRefusedWithMessage(post("/slots/{id}/hearing/answer", this.slot).param("version", "0")
			.param("choice", "keep")
			.param("reason", LONG_2001), this.employer, "2000");
		assertRefusedWithMessage(
				post("/slots/{id}/agreement/cancel", this.slot).param("version", "0").param("reason", LONG_2001),
				this.employer, "1000");
		assertThat(historySize()).isEqualTo(history);
	}

	@Test
	void aTooLongFollowUpNoteIsRefusedWithAMessage() throws Exception {
		assertRefusedWithMessage(post("/follow-ups/{id}/complete", 1).param("version", "0").param("note", LONG_4001),
				this.consultant, "4000");
	}

	@Test
	void anUnreadableTargetComesBackInItsRowWithTheInputKeptAndAMessageByTheField() throws Exception {
		String before = targetsOfBuf();
		MvcResult refused = this.mvc
			.perform(post("/admin/targets/{year}/{department}", 2026, this.buf).param("combinedTarget", "12,5")
				.param("flexJobTarget", "tolv")
				.with(as(this.admin))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/targets/2026/" + this.buf);
		// the redirect's next page reads the refused input from the session the flash
		// lives in
		String page = this.mvc
			.perform(
					get("/admin/targets/{year}/{department}", 2026, this.buf).cookie(refused.getResponse().getCookies())
						.with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"tolv\"", "value=\"12,5\"", "Skriv et helt antal personer")
			.contains("aria-describedby=\"target-department-flex-error\"")
			.doesNotContain("target-department-combined-error");
		assertThat(targetsOfBuf()).isEqualTo(before);

		MvcResult municipality = this.mvc
			.perform(post("/admin/targets/{year}/municipality", 2026).param("combinedTarget", "mange")
				.with(as(this.admin))
				.with(csrf()))
			.andReturn();
		String year = this.mvc
			.perform(get("/admin/targets?year=2026").cookie(municipality.getResponse().getCookies())
				.with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(year).contains("value=\"mange\"", "id=\"municipality-combined-error\"",
				"Skriv et tal med højst to decimaler");
	}

	private String targetsOfBuf() {
		return this.jdbc.queryForObject(
				"select coalesce(string_agg(concat_ws(':', id, combined_target, flexjob_target, version), ',' order by id), '')"
						+ " from target_figure where department_id = ? and year = 2026",
				String.class, this.buf);
	}

	@Test
	void aFlexTargetTooLargeForItsColumnIsRefused() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/targets/{year}/{department}", 2026, this.buf).param("flexJobTarget", "99999999999")
				.with(as(this.admin))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isLessThan(500);
		assertThat(result.getFlashMap().get("flashError")).isEqualTo("target.invalid");
		assertClientAnswer(
				post("/admin/targets/{year}/{department}", 2026, this.buf).param("combinedTarget", "99999999999"),
				this.admin);
		assertClientAnswer(
				post("/admin/targets/{year}/{department}", 1000000000, this.buf).param("combinedTarget", "1"),
				this.admin);
	}

	@Test
	void aUnitWithoutADepartmentIsRefused() throws Exception {
		assertClientAnswer(post("/admin/units").param("name", Unique.name("Enhed")), this.admin);
		assertClientAnswer(post("/admin/units").param("name", Unique.name("Enhed")).param("departmentId", "987654321"),
				this.admin);
		assertClientAnswer(get("/admin/units/new"), this.admin);
	}

	@Test
	void completingAnAgreementWhosePlacementIsAlreadyRegisteredIsRefusedWithAMessage() throws Exception {
		LocalDate start = LocalDate.of(2026, 11, 1);
		CurrentUser consultant = this.consultant;
		long anna = this.citizens.create(new CitizenData("Anna " + Unique.name("b"), Unique.name("SAG"), null, 1,
				Benefit.CASH_BENEFIT, "Pædagog", true, LocalDate.of(2025, 1, 1), true), consultant);
		long bent = this.citizens.create(new CitizenData("Bent " + Unique.name("b"), Unique.name("SAG"), null, 1,
				Benefit.CASH_BENEFIT, "Pædagog", true, LocalDate.of(2025, 1, 1), true), consultant);
		this.slots.refer(consultant, this.slot, anna);
		this.slots.refer(consultant, this.slot, bent);
		this.slots.answer(this.employer, this.slot, this.slots.view(this.employer, this.slot).version(), anna,
				Map.of(bent, "Valgte en anden"));
		this.slots.updateAgreement(this.employer, this.slot, this.slots.view(this.employer, this.slot).version(),
				new AgreementData(true, true, start, new BigDecimal("37"), start.plusMonths(3), true, true));
		this.placements.register(new PlacementData(this.buf, this.unit, Scheme.WAGE_SUBSIDY, start, start.plusMonths(3),
				this.citizens.summary(anna).caseReference(), null, null));
		long version = this.slots.view(this.employer, this.slot).version();
		long history = historySize();

		MvcResult result = perform(
				post("/slots/{id}/agreement/complete", this.slot).param("version", Long.toString(version)), consultant);

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("flashErrorText"))
			.isEqualTo("Forløbet for denne aftale er allerede registreret. Intet er gemt.");
		assertThat(this.slots.view(this.employer, this.slot).phase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(historySize()).isEqualTo(history);
	}

	private long historySize() {
		return this.jdbc.queryForObject("select count(*) from slot_history where slot_id = ?", Long.class, this.slot);
	}

	private void assertRefusedWithMessage(MockHttpServletRequestBuilder request, CurrentUser user, String limit)
			throws Exception {
		MvcResult result = perform(request, user);
		int status = result.getResponse().getStatus();
		assertThat(status).as(describe(request)).isBetween(400, 499);
		// Danish digit grouping: 2.000
		assertThat(result.getResponse().getContentAsString().replace(".", "")).as(describe(request))
			.contains("højst")
			.contains(limit);
	}

	private void assertClientAnswer(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		MvcResult result = perform(request, user);
		assertThat(result.getResponse().getStatus()).as(describe(request)).isLessThan(500);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		try {
			return this.mvc.perform(request.with(as(user)).with(csrf())).andReturn();
		}
		catch (Exception ex) {
			throw new AssertionError(describe(request) + " ended in a server error: " + ex, ex);
		}
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
		return built.getMethod() + " " + built.getRequestURI();
	}

}
