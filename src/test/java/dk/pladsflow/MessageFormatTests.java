package dk.pladsflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message that takes arguments shows them: an unescaped apostrophe in a message
 * format hides what follows it ({@code the citizen's {0}} would show no {@code {0}}), and
 * a year must not get a thousands separator.
 */
class MessageFormatTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyArgumentOfEveryMessageIsShown(String bundle) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (String key : messages.stringPropertyNames()) {
			String pattern = messages.getProperty(key);
			long arguments = ARGUMENT.matcher(pattern).results().count();
			if (arguments == 0) {
				continue;
			}
			Object[] values = new Object[10];
			for (int i = 0; i < values.length; i++) {
				values[i] = 2026;
			}
			String shown = new MessageFormat(pattern, Locale.forLanguageTag("da")).format(values);
			assertThat(shown).as("%s in %s", key, bundle).doesNotContainPattern("\\{\\d");
		}
	}

}
