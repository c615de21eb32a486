package dk.pladsflow.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo clock exists only in the demo set-up; a production configuration (no demo
 * data, a server database) has no such control.
 */
class DemoClockTests {

	static RequestPostProcessor admin() {
		CurrentUser admin = CurrentUser.of(1L, "admin", Set.of(Role.ADMIN), null, Set.of());
		return authentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
	}

	@Nested
	@WebIntegrationTest
	class WithoutDemo {

		@Autowired
		MockMvc mvc;

		@Autowired
		MutableClock clock;

		@Test
		void theProductionConfigurationHasNoClockControl() throws Exception {
			this.mvc.perform(get("/admin/clock").with(admin())).andExpect(status().isNotFound());
			Instant before = this.clock.instant();
			this.mvc.perform(post("/admin/clock/advance").param("days", "30").with(admin()).with(csrf()))
				.andExpect(status().isNotFound());
			assertThat(this.clock.offset()).isEqualTo(Duration.ZERO);
			assertThat(this.clock.instant()).isBefore(before.plus(Duration.ofDays(1)));
		}

	}

	@Nested
	@WebIntegrationTest
	@SpringBootTest(properties = "pladsflow.demo-data=true")
	class InTheDemo {

		@Autowired
		MockMvc mvc;

		@Autowired
		MutableClock clock;

		@Autowired
		DemoClockAdministration facade;

		@AfterEach
		void reset() {
			this.clock.reset();
		}

		@Test
		void anAdministratorMovesTheApplicationsTimeForwardAndBack() throws Exception {
			this.mvc.perform(get("/admin/clock").with(admin())).andExpect(status().isOk());
			this.mvc.perform(post("/admin/clock/advance").param("days", "8").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(this.clock.offset()).isEqualTo(Duration.ofDays(8));
			this.mvc.perform(post("/admin/clock/reset").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(this.clock.offset()).isEqualTo(Duration.ZERO);
		}

		/**
		 * Issue 11: the clock's facade refuses anyone but an administrator, whatever URL
		 * the call came through (the {@code /admin/**} rule is the second line).
		 */
		@Test
		void theClocksFacadeRefusesEveryoneButAnAdministrator() {
			for (Role role : List.of(Role.CONSULTANT, Role.EMPLOYER, Role.MANAGER)) {
				CurrentUser user = CurrentUser.of(2L, "test-" + role, Set.of(role), null, Set.of());
				assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.facade.advance(user, 30));
				assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.facade.reset(user));
				assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.facade.read(user));
			}
			assertThat(this.clock.offset()).isEqualTo(Duration.ZERO);
		}

		@Test
		void movingTheTimeForwardEndsNoSession() throws Exception {
			Cookie session = this.mvc.perform(formLogin().user("admin").password(DemoData.PASSWORD))
				.andExpect(redirectedUrl("/"))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			assertThat(session).as("a session cookie").isNotNull();
			this.mvc.perform(post("/admin/clock/advance").param("days", "170").cookie(session).with(csrf()))
				.andExpect(redirectedUrl("/admin/clock"));

			this.mvc.perform(get("/admin/clock").cookie(session)).andExpect(status().isOk());
		}

	}

}
