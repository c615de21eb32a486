package dk.pladsflow.test;

import java.util.regex.Pattern;

import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Matchers for what a rendered page shows a user.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * The page shows the message beside the form field (the field fragments' error text).
	 * @param field the field
	 * @param message the message text
	 * @return the matcher for the page's HTML
	 */
	public static Matcher<String> fieldError(String field, String message) {
		return containsString("id=\"" + field + "-error\">" + message + "</div>");
	}

	/**
	 * The page's main heading has the text.
	 * @param text the heading
	 * @return the matcher for the page's HTML
	 */
	public static Matcher<String> heading(String text) {
		return matchesPattern(Pattern.compile("(?s).*<h1[^>]*>" + Pattern.quote(text) + "</h1>.*"));
	}

}
