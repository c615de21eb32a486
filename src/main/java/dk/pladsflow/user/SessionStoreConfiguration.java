package dk.pladsflow.user;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HTTP sessions in the database (Spring Session JDBC) are read and written without
 * transactions of their own: each request reads its session row and writes its
 * last-access time, one statement each, and left to itself Spring Session wraps each in a
 * transaction of the application's JPA transaction manager (a Hibernate session, a begin
 * and a commit), which cost more than the statements. A session statement that runs
 * inside an application transaction simply takes part in it.
 * <p>
 * Spring Session finds its transactions by the name
 * {@code springSessionTransactionOperations}; a bean of that type makes Spring Boot leave
 * out its own {@link TransactionTemplate}, so the application's (over the JPA transaction
 * manager) is declared here, as the primary one.
 * <p>
 * The last-access time is written at most once a minute
 * ({@link #lastAccessAtMostOncePerMinute(Duration)}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

	@Bean
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/**
	 * Spring Session updates the session row on every request, because the last-access
	 * time changed; as an autocommitted write that is a WAL flush per page view. The same
	 * statement now changes the row only when something else changed (session id after a
	 * login, the user, the timeout) or the stored last-access time is
	 * {@code pladsflow.session.last-access-write-interval} old or more (default a minute;
	 * 0 leaves Spring Session's statement, which writes on every request, as the
	 * benchmark compares); otherwise it matches no row and writes nothing. A session
	 * therefore expires up to that interval earlier than its idle timeout
	 * ({@code server.servlet.session.timeout}) after the user's last request. Attribute
	 * changes are separate statements and are always written.
	 * @param interval how long the stored last-access time may lag behind
	 * @return the customizer of Spring Session's repository
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessAtMostOncePerMinute(
			@Value("${pladsflow.session.last-access-write-interval:1m}") Duration interval) {
		if (interval.isZero()) {
			return (repository) -> {
			};
		}
		return (repository) -> repository.setUpdateSessionQuery("""
				WITH p (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
				  AS (VALUES (?, ?::bigint, ?::integer, ?::bigint, ?::varchar, ?::char(36)))
				UPDATE %%TABLE_NAME%% s
				SET SESSION_ID = p.session_id, LAST_ACCESS_TIME = p.last_access_time,
				    MAX_INACTIVE_INTERVAL = p.max_inactive_interval, EXPIRY_TIME = p.expiry_time,
				    PRINCIPAL_NAME = p.principal_name
				FROM p
				WHERE s.PRIMARY_ID = p.primary_id
				  AND (s.SESSION_ID <> p.session_id
				    OR s.PRINCIPAL_NAME IS DISTINCT FROM p.principal_name
				    OR s.MAX_INACTIVE_INTERVAL <> p.max_inactive_interval
				    OR p.last_access_time - s.LAST_ACCESS_TIME >= %d)
				""".formatted(interval.toMillis()));
	}

}
