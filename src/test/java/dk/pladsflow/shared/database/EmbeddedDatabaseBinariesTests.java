package dk.pladsflow.shared.database;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./mvnw spring-boot:run} works on every laptop: the PostgreSQL binaries of each
 * supported platform are on the runtime class path, under the names the embedded server's
 * library looks for ({@code postgres-<os>-<arch>[-<distribution>].txz}).
 */
class EmbeddedDatabaseBinariesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Linux x86-64            | postgres-linux-x86_64.txz
			Linux x86-64 (Alpine)   | postgres-linux-x86_64-alpine_linux.txz
			Linux ARM64             | postgres-linux-arm_64.txz
			macOS Intel             | postgres-darwin-x86_64.txz
			macOS Apple silicon     | postgres-darwin-arm_64.txz
			Windows x86-64          | postgres-windows-x86_64.txz
			""")
	void theBinariesOfEachPlatformAreOnTheClassPath(String platform, String archive) {
		assertThat(getClass().getClassLoader().getResource(archive)).as(platform).isNotNull();
	}

}
