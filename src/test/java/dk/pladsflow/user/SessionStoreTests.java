package dk.pladsflow.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dk.pladsflow.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database, not in one instance's memory: a login is stored there,
 * and any instance that reads the session cookie finds the user logged in. A request
 * writes the session's last-access time only when the stored one is a minute old, so the
 * idle timeout holds to within that minute.
 */
@WebIntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void aLoginIsKeptInTheDatabaseAndServesTheNextRequestFromThere() throws Exception {
		String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData("Sesse", null, Set.of(Role.CONSULTANT), null, Set.of()));
		MvcResult login = this.mvc.perform(formLogin().user(username).password("rigtig-kode-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single()).isEqualTo(1);
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Autowired
	JdbcIndexedSessionRepository repository;

	SessionRepository<Session> sessions;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void sessions() {
		// its session class is not public; every session it hands out is one
		this.sessions = (SessionRepository<Session>) (SessionRepository<?>) this.repository;
	}

	@Test
	void theLastAccessTimeIsWrittenOnlyWhenTheStoredOneIsAMinuteOld() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		Instant stored = lastAccess(session.getId());

		touch(session.getId(), stored.plusSeconds(59));
		assertThat(lastAccess(session.getId())).as("59 s later: not written").isEqualTo(stored);

		touch(session.getId(), stored.plusSeconds(60));
		assertThat(lastAccess(session.getId())).as("60 s later: written").isEqualTo(stored.plusSeconds(60));
		assertThat(this.jdbc.sql("select expiry_time from spring_session where session_id = :id")
			.param("id", session.getId())
			.query(Long.class)
			.single()).isEqualTo(stored.plusSeconds(60).plus(session.getMaxInactiveInterval()).toEpochMilli());
	}

	@Test
	void anIntervalOfZeroWritesTheLastAccessTimeOnEveryRequestAsSpringSessionDoes() {
		JdbcIndexedSessionRepository everyRequest = new JdbcIndexedSessionRepository(this.jdbcTemplate,
				TransactionOperations.withoutTransaction());
		new SessionStoreConfiguration().lastAccessAtMostOncePerMinute(Duration.ZERO).customize(everyRequest);
		@SuppressWarnings("unchecked")
		SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) everyRequest;
		Session session = sessions.createSession();
		sessions.save(session);
		Instant stored = lastAccess(session.getId());

		Session again = sessions.findById(session.getId());
		again.setLastAccessedTime(stored.plusSeconds(1));
		sessions.save(again);

		assertThat(lastAccess(session.getId())).as("1 s later: written").isEqualTo(stored.plusSeconds(1));
	}

	@Test
	void whatElseChangesIsWrittenAtOnce() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		Instant stored = lastAccess(session.getId());

		Session again = this.sessions.findById(session.getId());
		again.setLastAccessedTime(stored.plusSeconds(1));
		again.setAttribute("seen", "yes");
		again.setMaxInactiveInterval(Duration.ofMinutes(30));
		String newId = again.changeSessionId();
		this.sessions.save(again);

		Session found = this.sessions.findById(newId);
		assertThat(found).isNotNull();
		assertThat(found.<String>getAttribute("seen")).isEqualTo("yes");
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.sessions.findById(session.getId())).isNull();
	}

	@Test
	void aSessionIdleForLongerThanItsTimeoutIsGoneAndOneJustUnderItIsKept() {
		Session idle = this.sessions.createSession();
		this.sessions.save(idle);
		Session recent = this.sessions.createSession();
		this.sessions.save(recent);
		Duration timeout = idle.getMaxInactiveInterval();

		storeLastAccess(idle.getId(), Instant.now().minus(timeout).minusSeconds(1));
		storeLastAccess(recent.getId(), Instant.now().minus(timeout).plusSeconds(60));

		assertThat(this.sessions.findById(idle.getId())).isNull();
		assertThat(this.sessions.findById(recent.getId())).isNotNull();
	}

	/**
	 * What Spring Session's filter does on a request: load the session, set its
	 * last-access time, save it.
	 */
	private void touch(String id, Instant at) {
		Session session = this.sessions.findById(id);
		session.setLastAccessedTime(at);
		this.sessions.save(session);
	}

	private Instant lastAccess(String id) {
		return Instant.ofEpochMilli(this.jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single());
	}

	private void storeLastAccess(String id, Instant at) {
		this.jdbc
			.sql("""
					update spring_session set last_access_time = :at, expiry_time = :at + max_inactive_interval * 1000::bigint
					where session_id = :id""")
			.param("at", at.toEpochMilli())
			.param("id", id)
			.update();
	}

}
