package dk.pladsflow.slot;

import java.util.List;
import java.util.Set;

import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.pladsflow.test.Pages.fieldError;
import static dk.pladsflow.user.UserMother.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The slot pages through the real security rules, controllers and templates: who gets a
 * 403 or 404, how a refused rule and a stale form look, and the opening form's field
 * errors. Data is committed with unique names (as a browser would leave it).
 */
@WebIntegrationTest
class SlotWebTests extends SlotTestSupport {

	private static final long NO_SUCH_SLOT = 999_999_999L;

	@Autowired
	MockMvc mvc;

	// --- access ----------------------------------------------------------------------

	@Test
	void anEmployerOfAnotherDepartmentIsForbiddenToSeeOrTouchTheSlotAndNothingChanges() throws Exception {
		long slot = openSlot();
		SlotView before = this.slots.view(this.world.consultant, slot);
		CurrentUser outsider = this.world.sofEmployer;
		expect(outsider, status().isForbidden(), get("/slots/{id}", slot), get("/slots/{id}/refer", slot),
				get("/slots/{id}/refer?q=a", slot));
		expect(outsider, status().isForbidden(), everySlotAction(slot, before.version()));
		expect(outsider, status().isForbidden(), openRequest(this.world.bufUnit));
		assertUnchanged(slot, before);
	}

	@Test
	void aMissingSlotIsNotFoundForPagesAndActions() throws Exception {
		expect(this.world.consultant, status().isNotFound(), get("/slots/{id}", NO_SUCH_SLOT),
				get("/slots/{id}/refer", NO_SUCH_SLOT));
		expect(this.world.consultant, status().isNotFound(), everySlotAction(NO_SUCH_SLOT, 0));
		expect(this.world.bufEmployer, status().isNotFound(), get("/slots/{id}", NO_SUCH_SLOT),
				post("/slots/{id}/answer", NO_SUCH_SLOT).param("version", "0"),
				post("/slots/{id}/reopen", NO_SUCH_SLOT).param("version", "0"));
	}

	@Test
	void aManagerOnlyReadsEveryActionIsForbidden() throws Exception {
		long slot = openSlot();
		SlotView before = this.slots.view(this.world.consultant, slot);
		expect(this.world.bufManager, status().isOk(), get("/slots/{id}", slot));
		expect(this.world.bufManager, status().isForbidden(), everySlotAction(slot, before.version()));
		expect(this.world.bufManager, status().isForbidden(), openRequest(this.world.bufUnit));
		assertUnchanged(slot, before);
	}

	@Test
	void aConsultantIsForbiddenTheEmployersActions() throws Exception {
		long slot = openSlot();
		SlotView before = this.slots.view(this.world.consultant, slot);
		long v = before.version();
		expect(this.world.consultant, status().isForbidden(), openRequest(this.world.bufUnit),
				post("/slots/{id}/answer", slot).param("chosen", "").param("version", "" + v),
				post("/slots/{id}/confirm", slot).param("version", "" + v),
				post("/slots/{id}/problem", slot).param("note", "x").param("version", "" + v),
				post("/slots/{id}/end-placement", slot).param("endDate", "01-01-2027").param("version", "" + v),
				post("/slots/{id}/reopen", slot).param("version", "" + v));
		assertUnchanged(slot, before);
	}

	@Test
	void onlyUsersWhoSeeEveryDepartmentAreOfferedTheDepartmentFilter() throws Exception {
		this.mvc.perform(get("/slots").with(as(this.world.bufEmployer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"department\""))));
		this.mvc.perform(get("/slots").with(as(this.world.bufManager)))
			.andExpect(content().string(not(containsString("id=\"department\""))));
		for (String list : List.of("/slots", "/worklist")) {
			this.mvc.perform(get(list).with(as(this.world.consultant)))
				.andExpect(content().string(containsString("id=\"department\"")));
		}
		this.mvc.perform(get("/worklist").with(as(this.world.bufEmployer))).andExpect(status().isForbidden());
	}

	// --- opening -----------------------------------------------------------------------

	@ParameterizedTest
	@ValueSource(strings = { "0", "40" })
	void anInvalidOpeningFormIsShownAgainWithDanishMessagesAndNothingIsSaved(String weeklyHours) throws Exception {
		this.mvc
			.perform(post("/slots").param("unitId", "")
				.param("title", " ")
				.param("description", "Tasks to keep " + this.world.tag)
				.param("scheme", "WAGE_SUBSIDY")
				.param("weeklyHours", weeklyHours)
				.param("wishedStart", "31-02-2026")
				.param("contactPerson", "Arne, 11223344")
				.with(as(this.world.bufEmployer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(fieldError("unitId", "Skal udfyldes."),
					fieldError("title", "Skal udfyldes."), fieldError("weeklyHours", "Skal være mellem 1 og 37 timer."),
					fieldError("wishedStart", "Skriv en dato som dd-mm-åååå."),
					containsString("value=\"" + weeklyHours + "\""), containsString("value=\"31-02-2026\""),
					containsString("Tasks to keep " + this.world.tag), containsString("value=\"Arne, 11223344\""))));
		assertThat(slotsOfTheWorld()).isZero();
	}

	// --- rules and conflicts ---------------------------------------------------------

	@Test
	void decliningACitizenWithoutAReasonIsRefusedWithTheReasonInTheFlashAndNothingSaved() throws Exception {
		SentRound round = sentRound();
		long slot = round.slot();

		this.mvc
			.perform(post("/slots/{id}/answer", slot).param("chosen", "" + round.anna())
				.param("reasons[" + round.bent() + "]", " ")
				.param("version", "" + round.version())
				.with(as(this.world.bufEmployer))
				.with(csrf()))
			.andExpect(redirectedUrl("/slots/" + slot))
			.andExpect(flash().attribute("flashErrorText",
					"Skriv en begrundelse for hver borger, der afvises. Intet er gemt."));

		assertUnchanged(slot, round.view());
		assertThat(this.slots.view(this.world.bufEmployer, slot).referrals()).extracting(SlotView.ReferralView::state)
			.containsOnly(ReferralState.PROPOSED);
	}

	@Test
	void theSecondAnswerToTheSameRoundGetsTheChangedBySomeoneElsePageAndTheFirstStands() throws Exception {
		SentRound round = sentRound();
		long slot = round.slot();
		long anna = round.anna();
		long bent = round.bent();
		long seen = round.version();
		CurrentUser colleague = this.world.user("ag-buf-2", Role.EMPLOYER, this.world.buf, Set.of());

		this.mvc.perform(answer(slot, seen, anna, bent).with(as(this.world.bufEmployer)))
			.andExpect(redirectedUrl("/slots/" + slot));
		this.mvc.perform(answer(slot, seen, bent, anna).with(as(colleague)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ændret af en anden")));

		SlotView after = this.slots.view(this.world.bufEmployer, slot);
		assertThat(after.phase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(after.referrals()).extracting(SlotView.ReferralView::citizenId, SlotView.ReferralView::state)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(anna, ReferralState.CHOSEN),
					org.assertj.core.groups.Tuple.tuple(bent, ReferralState.DECLINED));
	}

	// --- helpers -----------------------------------------------------------------------

	private long openSlot() {
		return this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
	}

	private static MockHttpServletRequestBuilder answer(long slot, long version, long chosen, long declined) {
		return post("/slots/{id}/answer", slot).param("chosen", "" + chosen)
			.param("reasons[" + declined + "]", "Valgte en anden")
			.param("version", "" + version)
			.with(csrf());
	}

	private static MockHttpServletRequestBuilder openRequest(long unit) {
		return post("/slots").param("unitId", "" + unit)
			.param("title", "Pædagogmedhjælper")
			.param("scheme", "WAGE_SUBSIDY")
			.param("weeklyHours", "37")
			.param("contactPerson", "Arne");
	}

	/**
	 * Every POST on a slot, each well-formed, so that only the access rules can refuse
	 * it.
	 */
	private static List<MockHttpServletRequestBuilder> everySlotAction(long slot, long version) {
		String v = Long.toString(version);
		return List.of(post("/slots/{id}/referrals", slot).param("citizenId", "1"),
				post("/slots/{id}/answer", slot).param("chosen", "").param("reasons[1]", "x").param("version", v),
				post("/slots/{id}/confirm", slot).param("version", v),
				post("/slots/{id}/problem", slot).param("note", "x").param("version", v),
				post("/slots/{id}/resolve", slot).param("newRound", "true").param("version", v),
				post("/slots/{id}/agreement", slot).param("agreementSigned", "true")
					.param("contractSigned", "true")
					.param("startDate", "01-12-2026")
					.param("weeklyHours", "37")
					.param("subsidyEnd", "01-03-2027")
					.param("notReplacingVacancy", "true")
					.param("representativeApproved", "true")
					.param("version", v),
				post("/slots/{id}/agreement/complete", slot).param("version", v),
				post("/slots/{id}/agreement/cancel", slot).param("reason", "x").param("version", v),
				post("/slots/{id}/end-placement", slot).param("endDate", "01-01-2027").param("version", v),
				post("/slots/{id}/reopen", slot).param("version", v));
	}

	private void expect(CurrentUser user, ResultMatcher status, MockHttpServletRequestBuilder... requests)
			throws Exception {
		expect(user, status, List.of(requests));
	}

	private void expect(CurrentUser user, ResultMatcher status, List<MockHttpServletRequestBuilder> requests)
			throws Exception {
		for (MockHttpServletRequestBuilder request : requests) {
			try {
				this.mvc.perform(request.with(as(user)).with(csrf())).andExpect(status);
			}
			catch (AssertionError ex) {
				throw new AssertionError(
						request.buildRequest(new MockServletContext()).getRequestURI() + ": " + ex.getMessage(), ex);
			}
		}
	}

	private void assertUnchanged(long slot, SlotView before) {
		SlotView after = this.slots.view(this.world.consultant, slot);
		assertThat(after.version()).isEqualTo(before.version());
		assertThat(after.phase()).isEqualTo(before.phase());
		assertThat(after.history()).hasSameSizeAs(before.history());
	}

	private long slotsOfTheWorld() {
		return this.slots
			.list(this.world.consultant,
					new SlotFilter(null, Set.of(this.world.bufUnit, this.world.bufOtherUnit), Set.of(), false),
					PageRequest.of(0, 1))
			.getTotalElements();
	}

}
