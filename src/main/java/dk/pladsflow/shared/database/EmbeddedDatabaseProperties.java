package dk.pladsflow.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded default database ({@code pladsflow.embedded-db.*}).
 *
 * @param dataDirectory where the database keeps its files between runs
 * @param port the TCP port; 0 picks a free one
 * @param enabled whether to start the embedded database when no server database is
 * configured, also without the demo data (the demo turns it on by itself)
 */
@ConfigurationProperties("pladsflow.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port,
		@DefaultValue("false") boolean enabled) {
}
