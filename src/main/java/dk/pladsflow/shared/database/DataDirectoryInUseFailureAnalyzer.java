package dk.pladsflow.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link DataDirectoryInUseException} into Spring Boot's short start-up failure
 * report (no stack trace): one line saying what is wrong, one what to do.
 */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + " (is Pladsflow already running?)",
				"Stop the other application, or give this one its own folder with "
						+ "--pladsflow.embedded-db.data-directory=...",
				cause);
	}

}
