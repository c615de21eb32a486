package dk.pladsflow.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 4.0, 2.1): at least {@value #MIN_LENGTH} and at
 * most {@value #MAX_LENGTH} characters (counted as Unicode code points, spaces included),
 * and not a common password: not on the list shipped in {@code passwords/common.txt}, not
 * such a word with digits or punctuation added at the end, not one short piece repeated.
 * There are no composition rules (no "one digit, one capital"). Every password a person
 * sets passes here: the first password, an administrator's reset, the user's own change
 * and the bootstrap administrator's; only the demo data set is exempt
 * ({@link UserService}).
 */
@Component
public class PasswordPolicy {

	/** The fewest characters a password has. */
	public static final int MIN_LENGTH = 12;

	/** The most characters a password has (Argon2 hashes all of them). */
	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load(new ClassPathResource("passwords/common.txt"));
	}

	/**
	 * Why a password is refused.
	 * @param password the password as typed
	 * @return the message code of the reason, or empty if the password is good
	 */
	public Optional<String> problem(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.tooShort");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (isCommon(password)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private boolean isCommon(String password) {
		String lower = password.strip().toLowerCase(Locale.ROOT);
		if (this.common.contains(lower) || repeatsOnePiece(lower)) {
			return true;
		}
		String word = lower.replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
		String digitsFirst = lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+", "");
		return (!word.isEmpty() && (this.common.contains(word) || repeatsOnePiece(word)))
				|| (!digitsFirst.isEmpty() && this.common.contains(digitsFirst));
	}

	/** "aaaaaaaaaaaa", "abcabcabcabc", "123412341234": a piece of at most 4 repeated. */
	private static boolean repeatsOnePiece(String text) {
		for (int piece = 1; piece <= 4 && piece * 2 <= text.length(); piece++) {
			if (text.length() % piece == 0 && text.equals(text.substring(0, piece).repeat(text.length() / piece))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> load(ClassPathResource list) {
		Set<String> words = new HashSet<>();
		try (InputStream in = list.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is part of the application", ex);
		}
		return Set.copyOf(words);
	}

}
