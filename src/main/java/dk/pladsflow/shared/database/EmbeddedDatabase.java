package dk.pladsflow.shared.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connection details of the embedded database (started only for the demo or when
 * {@code pladsflow.embedded-db.enabled=true}).
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
