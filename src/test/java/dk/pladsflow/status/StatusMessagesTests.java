package dk.pladsflow.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in Danish and in English: the two bundles have the same keys.
 */
class StatusMessagesTests {

	@Test
	void theDanishAndTheEnglishBundleHaveTheSameKeys() throws IOException {
		Properties danish = load("/messages.properties");
		Properties english = load("/messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(StatusMessagesTests.class.getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
