package dk.pladsflow.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.Unique;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mails of notifications, on a GreenMail SMTP server that this class starts and stops:
 * the Danish e-mail as sent, and a server that is down, which leaves the in-app
 * notification and an outbox row that the retry job sends once the server is back.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmailNotificationTests {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("pladsflow.base-url", () -> "https://pladsflow.test");
	}

	@Autowired
	Notifier notifier;

	@Autowired
	Inbox inbox;

	@Autowired
	EmailOutbox outbox;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	GreenMail smtp;

	@AfterEach
	void stop() {
		if (this.smtp != null) {
			this.smtp.stop();
		}
		this.clock.reset();
	}

	@Test
	void theRecipientGetsADanishEmailWithTheTextAndTheLink(CapturedOutput output) throws Exception {
		startSmtp();
		String address = Unique.name("leder") + "@kk.example";
		long user = user("Lise Leder", address);

		List<Long> ids = this.notifier.notify(Set.of(user), NotificationMessage.of("snapshot-ready", Unique.name("ref"),
				"notification.snapshot.ready", "/status/snapshots/2026/10", 10, 2026));

		assertThat(this.smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = this.smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
		assertThat(mail.getSubject()).isEqualTo("Pladsflow: Månedsrapporten for oktober 2026 er klar.");
		String body = (String) mail.getContent();
		assertThat(body).contains("Kære", "Lise Leder", "https://pladsflow.test/status/snapshots/2026/10",
				"https://pladsflow.test/notifications");
		assertThat(sentAt(ids.get(0))).as("the outbox row is marked sent").isTrue();
		assertThat(ourLog(output)).contains("E-mail for notification " + ids.get(0))
			.doesNotContain(address)
			.doesNotContain("Lise Leder");
	}

	@Test
	void aServerThatIsDownKeepsTheInAppNotificationAndTheRetryJobSendsItOnceWhenItIsBack(CapturedOutput output)
			throws Exception {
		String lars = Unique.name("leder") + "@kk.example";
		String lone = Unique.name("leder") + "@kk.example";
		long larsId = user("Lars Leder", lars);
		long loneId = user("Lone Leder", lone);

		List<Long> ids = this.notifier.notify(Set.of(larsId, loneId), NotificationMessage.of("snapshot-ready",
				Unique.name("ref"), "notification.snapshot.ready", null, 11, 2026));

		assertThat(this.inbox.unread(larsId)).as("the in-app notification is kept").isEqualTo(1);
		assertThat(this.inbox.unread(loneId)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select attempts from notification_email where notification_id in (:ids) and sent_at is null"
					+ " order by attempts")
			.param("ids", ids)
			.query(Integer.class)
			.list()).as("after the first failure the other e-mail waits for the retry job, no attempt counted")
			.containsExactly(0, 1);
		assertThat(ourLog(output)).contains(") failed, attempt 1: ").doesNotContain(lars).doesNotContain(lone);

		startSmtp();
		this.outbox.sendDue(this.clock.instant());
		assertThat(this.smtp.getReceivedMessages()).as("not due yet: the pause is 5 minutes").isEmpty();

		this.clock.advance(Duration.ofMinutes(6));
		this.outbox.sendDue(this.clock.instant());
		this.clock.advance(Duration.ofHours(7));
		this.outbox.sendDue(this.clock.instant());

		assertThat(this.smtp.getReceivedMessagesForDomain(lars)).hasSize(1);
		assertThat(this.smtp.getReceivedMessagesForDomain(lone)).hasSize(1);
		assertThat(sentAt(ids.get(0))).isTrue();
		assertThat(sentAt(ids.get(1))).isTrue();
	}

	/**
	 * The log without GreenMail's own lines (the test server logs the addresses it sees).
	 */
	private static String ourLog(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> !line.contains("icegreen")).collect(Collectors.joining("\n"));
	}

	private boolean sentAt(long notificationId) {
		return this.jdbc.sql("select sent_at is not null from notification_email where notification_id = ?")
			.param(notificationId)
			.query(Boolean.class)
			.single();
	}

	private long user(String name, String email) {
		String username = Unique.name("mail");
		return this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(name, email, Set.of(Role.MANAGER), null, Set.of()));
	}

	private void startSmtp() {
		this.smtp = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
		this.smtp.start();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
