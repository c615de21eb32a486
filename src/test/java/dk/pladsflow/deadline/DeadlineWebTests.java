package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages with the real security rules and templates: the slot page's hearing section
 * and its forms, and the follow-up pages.
 */
@WebIntegrationTest
@Transactional
class DeadlineWebTests extends DeadlineTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClosureService closure;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	FollowUpService followUps;

	DeadlineWorld world;

	@BeforeEach
	void setUp() {
		this.world = newWorld(false);
	}

	@Test
	void theEmployerAnswersTheHearingAndTheManagerExtendsOnTheSlotPage() throws Exception {
		long slot = this.world.openSlot();
		this.mvc.perform(get("/slots/{id}", slot).with(user(this.world.employer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"hearing\""))));
		Instant t0 = this.slots.view(this.world.consultant, slot).openedAt();
		this.clock.advance(Duration.between(this.clock.instant(),
				ZonedDateTime.ofInstant(t0, ClockConfiguration.ZONE).plusWeeks(24).toInstant()));
		this.entityManager.flush();
		this.sweep.sweep(this.clock.instant());
		this.closure.run(this.clock.instant());
		String page = this.mvc.perform(get("/slots/{id}", slot).with(user(this.world.employer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"hearing\"", "Høring før lukning", "Overskredne frister",
				"/slots/" + slot + "/hearing/answer");
		assertThat(page).doesNotContain("/hearing/extension");
		this.mvc
			.perform(post("/slots/{id}/hearing/answer", slot).with(user(this.world.employer))
				.with(csrf())
				.param("version", "0")
				.param("choice", "keep")
				.param("reason", " "))
			.andExpect(redirectedUrl("/slots/" + slot + "#hearing"))
			.andExpect(flash().attribute("hearingError",
					java.util.Map.of("field", "reason", "code", "hearing.keep.reasonRequired")))
			.andExpect(flash().attribute("hearingInput", java.util.Map.of("choice", "keep", "reason", " ")));
		this.mvc
			.perform(post("/slots/{id}/hearing/answer", slot).with(user(this.world.employer))
				.with(csrf())
				.param("version", "0")
				.param("choice", "keep")
				.param("reason", "Vi har en kandidat på vej"))
			.andExpect(redirectedUrl("/slots/" + slot + "#hearing"))
			.andExpect(flash().attribute("flash", "hearing.keepSent"));
		// who may decide, asked from outside: not the employer, not another department
		this.mvc.perform(get("/hearings").with(user(this.world.employer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/hearings").with(user(this.world.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/slots/" + slot + "#hearing")));
		this.mvc.perform(get("/hearings").with(user(this.world.otherManager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/slots/" + slot + "#hearing"))));
		for (var outsider : java.util.List.of(this.world.employer, this.world.otherManager)) {
			this.mvc
				.perform(post("/slots/{id}/hearing/refusal", slot).with(user(outsider))
					.with(csrf())
					.param("version", "1")
					.param("reason", "Nej"))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/slots/{id}/hearing/refusal", 999_999_999L).with(user(this.world.manager))
				.with(csrf())
				.param("version", "1")
				.param("reason", "Nej"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/slots/{id}/hearing/extension", slot).with(user(this.world.employer))
				.with(csrf())
				.param("version", "1")
				.param("until", "01-01-2099")
				.param("reason", "Nej"))
			.andExpect(status().isForbidden());
		String until = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE))
			.plusDays(20)
			.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		this.mvc
			.perform(post("/slots/{id}/hearing/extension", slot).with(user(this.world.manager))
				.with(csrf())
				.param("version", "1")
				.param("until", until)
				.param("reason", ""))
			.andExpect(flash().attribute("hearingError",
					java.util.Map.of("field", "reason", "code", "hearing.extension.reasonRequired")));
		this.mvc
			.perform(post("/slots/{id}/hearing/extension", slot).with(user(this.world.manager))
				.with(csrf())
				.param("version", "1")
				.param("until", until)
				.param("reason", "Ansættelse på plads i næste måned"))
			.andExpect(flash().attribute("flash", "hearing.extended"));
		this.mvc.perform(get("/slots/{id}", slot).with(user(this.world.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vi har en kandidat på vej")))
			.andExpect(content().string(containsString("Ansættelse på plads i næste måned")))
			.andExpect(content().string(containsString("Forlængelse givet")));
	}

	@Test
	void followUpPagesForTheDepartmentButNotForOtherDepartments() throws Exception {
		long slot = this.world.openSlot();
		long review = this.followUps.open(Instant.parse("2094-07-01T08:00:00Z"))
			.stream()
			.filter((f) -> f.departmentId() == this.world.department && f.year() == 2094 && f.half() == 2)
			.findFirst()
			.orElseThrow()
			.reviewId();
		this.mvc.perform(get("/follow-ups").with(user(this.world.consultant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2. halvår 2094")));
		this.mvc.perform(get("/follow-ups/{id}", review).with(user(this.world.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/slots/" + slot)))
			.andExpect(content().string(not(containsString("/complete"))));
		this.mvc.perform(get("/follow-ups/{id}", review).with(user(this.world.otherManager)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/follow-ups/{id}", review).with(user(this.world.employer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/follow-ups/" + review + "/comments")));
		this.mvc
			.perform(post("/follow-ups/{id}/comments", review).with(user(this.world.employer))
				.with(csrf())
				.param("comment", "Pladsen er stadig relevant"))
			.andExpect(redirectedUrl("/follow-ups/" + review + "#comments"));
		var foreignEmployer = this.world.user("ag-sof", dk.pladsflow.user.Role.EMPLOYER,
				this.organisation.departmentByCode("SOF").orElseThrow().id(), java.util.Set.of());
		this.mvc.perform(get("/follow-ups/{id}", review).with(user(foreignEmployer))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/follow-ups/{id}/comments", review).with(user(foreignEmployer))
				.with(csrf())
				.param("comment", "Udefra"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/follow-ups/{id}/proposal", review).with(user(this.world.manager))
				.with(csrf())
				.param("version", "0")
				.param("proposal", "Luk alt"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/follow-ups/{id}", 999_999_999L).with(user(this.world.consultant)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/follow-ups/{id}/complete", review).with(user(this.world.consultant))
				.with(csrf())
				.param("version", "0")
				.param("note", "Gennemgået"))
			.andExpect(redirectedUrl("/follow-ups/" + review));
		this.mvc.perform(get("/follow-ups/{id}", review).with(user(this.world.manager)))
			.andExpect(content().string(containsString("Gennemgået")))
			.andExpect(content().string(containsString("Pladsen er stadig relevant")));
	}

}
