package dk.pladsflow.notification;

import java.util.List;
import java.util.Set;

import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In-app notifications: stored once per recipient and subject, counted in the header,
 * listed and marked read by their owner only. This context has no SMTP server, so no
 * e-mail is queued.
 */
@WebIntegrationTest
class NotificationTests {

	@Autowired
	Notifier notifier;

	@Autowired
	Inbox inbox;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRecipientGetsOneNotificationPerKindAndReferenceAndItIsCountedAsUnread() {
		CurrentUser anna = newUser("anna@kk.example");
		CurrentUser bo = newUser(null);
		NotificationMessage message = NotificationMessage.of("snapshot-ready", Unique.name("ref"),
				"notification.snapshot.ready", "/status/snapshots/2026/10", 10, 2026);

		List<Long> first = this.notifier.notify(Set.of(anna.id(), bo.id()), message);
		List<Long> again = this.notifier.notify(Set.of(anna.id(), bo.id()), message);

		assertThat(first).hasSize(2);
		assertThat(again).isEmpty();
		assertThat(this.inbox.unread(anna.id())).isEqualTo(1);
		assertThat(this.inbox.unread(bo.id())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification_email where notification_id in (:ids)")
			.param("ids", first)
			.query(Long.class)
			.single()).as("no SMTP server: no e-mail queued").isZero();
	}

	@Test
	void anInactiveUserIsNotNotified() {
		CurrentUser gone = newUser(null);
		this.users.setActive(UserMother.ADMIN, gone.id(), this.users.user(UserMother.ADMIN, gone.id()).version(),
				false);
		assertThat(this.notifier.notify(Set.of(gone.id()), message("x"))).isEmpty();
	}

	@Test
	void theHeaderShowsTheUnreadCountAndTheListShowsTheTextInTheReadersLanguageNewestFirst() throws Exception {
		CurrentUser anna = newUser(null);
		this.notifier.notify(Set.of(anna.id()), NotificationMessage.of("snapshot-ready", Unique.name("ref"),
				"notification.snapshot.ready", "/status/snapshots/2026/9", 9, 2026));
		this.notifier.notify(Set.of(anna.id()), NotificationMessage.of("snapshot-ready", Unique.name("ref"),
				"notification.snapshot.ready", "/status/snapshots/2026/10", 10, 2026));

		String html = this.mvc.perform(get("/notifications").with(user(anna)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Månedsrapporten for oktober 2026 er klar.", "/status/snapshots/2026/10",
				"rounded-pill text-bg-light\">2</span>");
		assertThat(html.indexOf("oktober 2026")).as("newest first").isLessThan(html.indexOf("september 2026"));
		this.mvc.perform(get("/notifications?lang=en").with(user(anna)))
			.andExpect(content().string(containsString("The monthly report for October 2026 is ready.")));
	}

	@Test
	void theOwnerMarksOneReadAndThenAll() throws Exception {
		CurrentUser anna = newUser(null);
		long one = this.notifier.notify(Set.of(anna.id()), message("a")).get(0);
		this.notifier.notify(Set.of(anna.id()), message("b"));
		this.notifier.notify(Set.of(anna.id()), message("c"));

		this.mvc.perform(post("/notifications/{id}/read", one).with(user(anna)).with(csrf()))
			.andExpect(redirectedUrl("/notifications?page=0"));
		assertThat(this.inbox.unread(anna.id())).isEqualTo(2);

		this.mvc.perform(post("/notifications/read-all").with(user(anna)).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.inbox.unread(anna.id())).isZero();
		this.mvc.perform(get("/notifications").with(user(anna)))
			.andExpect(content().string(not(containsString("rounded-pill text-bg-light"))));
	}

	@Test
	void anotherUsersNotificationIsForbiddenAMissingOneNotFoundAndMarkingNeedsTheCsrfToken() throws Exception {
		CurrentUser anna = newUser(null);
		CurrentUser mallory = newUser(null);
		long annas = this.notifier.notify(Set.of(anna.id()), message("private")).get(0);

		this.mvc.perform(post("/notifications/{id}/read", annas).with(user(mallory)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/{id}/read", 999_999_999L).with(user(mallory)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/{id}/read", annas).with(user(anna))).andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/read-all").with(user(mallory)).with(csrf()));
		assertThat(this.inbox.unread(anna.id())).isEqualTo(1);
		this.mvc.perform(get("/notifications").with(user(mallory)))
			.andExpect(content().string(not(containsString("notification-" + annas))));
	}

	private static NotificationMessage message(String reference) {
		return NotificationMessage.of("test", Unique.name(reference), "notification.snapshot.ready", null, 1, 2026);
	}

	private CurrentUser newUser(String email) {
		String username = Unique.name("notified");
		long id = this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(username, email, Set.of(Role.MANAGER), null, Set.of()));
		return CurrentUser.of(id, username, Set.of(Role.MANAGER), null, Set.of());
	}

}
