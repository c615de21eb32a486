package dk.pladsflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Danish and in English: the two bundles have the same keys, and
 * every key the templates use is in both.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * {@code #{key}} and {@code #{key(args)}}; keys built with {@code ${...}} are
	 * skipped.
	 */
	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	/**
	 * Keys handed to the form fragments: {@code text('field', 'label', 'type', 'help')}.
	 */
	private static final Pattern FRAGMENT_KEYS = Pattern
		.compile("forms :: (?:text|checkbox)\\('[^']*', '([^']+)'(?:, '[^']*', (?:'([^']+)'|null))?\\)");

	private final Properties danish = load("messages.properties");

	private final Properties english = load("messages_en.properties");

	@Test
	void danishAndEnglishHaveTheSameKeys() {
		assertThat(this.english.stringPropertyNames()).as("keys in English")
			.containsExactlyInAnyOrderElementsOf(this.danish.stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTheTemplatesExistsInBothLanguages() throws IOException {
		Set<String> used = templateKeys();
		assertThat(used).as("keys found in the templates").contains("login.title", "error.403.title");
		assertThat(this.danish.stringPropertyNames()).as("Danish").containsAll(used);
		assertThat(this.english.stringPropertyNames()).as("English").containsAll(used);
	}

	@Test
	void everyRoleHasANameInBothLanguages() {
		Set<String> keys = Arrays.stream(Role.values()).map((r) -> "role." + r.name()).collect(Collectors.toSet());
		assertThat(this.danish.stringPropertyNames()).containsAll(keys);
		assertThat(this.english.stringPropertyNames()).containsAll(keys);
	}

	private static Set<String> templateKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				collect(LITERAL_KEY.matcher(html), keys);
				collect(FRAGMENT_KEYS.matcher(html), keys);
			}
		}
		return keys;
	}

	private static void collect(Matcher matcher, Set<String> keys) {
		while (matcher.find()) {
			for (int group = 1; group <= matcher.groupCount(); group++) {
				if (matcher.group(group) != null) {
					keys.add(matcher.group(group));
				}
			}
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
