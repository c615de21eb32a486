package dk.pladsflow.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded default database ({@code pladsflow.embedded-db.*}).
 *
 * @param dataDirectory where the database keeps its files between runs
 * @param port the TCP port; 0 picks a free one
 */
@ConfigurationProperties("pladsflow.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port) {
}
