package dk.pladsflow.shared.database;

/**
 * No database to run on: no server database is configured, and the embedded one was not
 * asked for. {@link NoDatabaseConfiguredFailureAnalyzer} says what to set.
 */
class NoDatabaseConfiguredException extends IllegalStateException {

	NoDatabaseConfiguredException() {
		super("No database is configured: SPRING_DATASOURCE_URL is not set, and neither the demo "
				+ "(PLADSFLOW_DEMO_DATA=true) nor the embedded database (PLADSFLOW_EMBEDDED_DB_ENABLED=true) was asked for");
	}

}
