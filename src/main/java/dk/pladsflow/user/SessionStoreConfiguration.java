package dk.pladsflow.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
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

}
