package dk.pladsflow.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start without a database into a short message that says what to set, instead of
 * a stack trace.
 */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL "
						+ "server (and, on a new database, PLADSFLOW_SECURITY_BOOTSTRAP_ADMIN_PASSWORD for the first "
						+ "administrator). For the demo on an embedded database set PLADSFLOW_DEMO_DATA=true "
						+ "(./mvnw spring-boot:run does).",
				cause);
	}

}
