package dk.pladsflow.slot;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static dk.pladsflow.user.UserMother.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Target groups 1-4 and referrals as the consultant meets them in the pages: the
 * confirmation of a group-3 referral, and the citizen's page that explains the group and
 * lists the referrals with their outcome.
 */
@WebIntegrationTest
class TargetGroupWebTests extends SlotTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void referringAGroupThreeCitizenAsksForConfirmationAndSaysWhy() throws Exception {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long citizen = citizen("Gruppe3", 3);

		this.mvc
			.perform(post("/slots/{id}/referrals", slot).param("citizenId", String.valueOf(citizen))
				.with(as(this.world.consultant))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("er i målgruppe 3: borgeren skal afklares til fleksjob")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(this.slots.view(this.world.consultant, slot).referrals()).as("nothing saved yet").isEmpty();

		this.mvc
			.perform(post("/slots/{id}/referrals", slot).param("citizenId", String.valueOf(citizen))
				.param("confirmed", "true")
				.with(as(this.world.consultant))
				.with(csrf()))
			.andExpect(redirectedUrl("/slots/" + slot + "/refer"));
		assertThat(this.slots.view(this.world.consultant, slot).referrals())
			.extracting(SlotView.ReferralView::citizenId)
			.containsExactly(citizen);
	}

	@Test
	void theCitizensPageExplainsTheTargetGroupAndShowsWithdrawnReferrals() throws Exception {
		long slot = this.slots.open(this.world.bufEmployer, SlotWorld.details(this.world.bufUnit));
		long citizen = citizen("Gruppe4", 4);
		this.slots.refer(this.world.consultant, slot, citizen, true);
		Instant t0 = this.slots.view(this.world.consultant, slot).openedAt();
		this.slots.closeUnused(slot, t0, "Ikke besat", Instant.now());

		this.mvc.perform(get("/citizens/{id}", citizen).with(as(this.world.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4 – ikke parat: helhedsorienteret indsats med mentor")))
			.andExpect(content().string(containsString("Foreslås ikke til pladser; en henvisning skal bekræftes.")))
			.andExpect(content().string(containsString("Aktivitetsparat")))
			.andExpect(content().string(containsString("Trukket tilbage")))
			.andExpect(content().string(containsString("Pladsen blev lukket")));
	}

	@Test
	void theImportTakesTargetGroupFourAndTheReadiness() throws Exception {
		String ref = "SAG-IMP-" + UUID.randomUUID();
		String file = "name;case_reference;target_group;benefit;job_goal;cv_ready;waiting_since;readiness\n"
				+ "Gruppe Fire;" + ref + ";4;kontanthjælp;;nej;2026-01-05;aktivitetsparat\n";
		this.mvc
			.perform(multipart("/citizens/import")
				.file(new MockMultipartFile("file", "b.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
				.with(as(this.world.consultant))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap(
				"select target_group::int as target_group, readiness from citizen" + " where case_reference = ?", ref))
			.containsEntry("target_group", 4)
			.containsEntry("readiness", "ACTIVITY_READY");
	}

	private long citizen(String name, int group) {
		return this.citizens.create(new CitizenData(name + " " + this.world.tag, "SAG-" + UUID.randomUUID(), null,
				group, Benefit.CASH_BENEFIT, "Pædagogmedhjælper", true, LocalDate.of(2025, 1, 1), true,
				dk.pladsflow.citizen.Readiness.ACTIVITY_READY), this.world.consultant);
	}

}
