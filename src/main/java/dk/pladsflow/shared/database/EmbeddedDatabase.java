package dk.pladsflow.shared.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connection details of the embedded default database. Its presence as a bean also tells
 * other parts (the demo data) that the application runs on the embedded default.
 *
 * @param jdbcUrl the server's JDBC URL
 */
public record EmbeddedDatabase(String jdbcUrl) implements JdbcConnectionDetails {

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return "postgres";
	}

}
