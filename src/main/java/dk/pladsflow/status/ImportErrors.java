package dk.pladsflow.status;

import java.util.List;
import java.util.Locale;

import dk.pladsflow.shared.csv.ImportRejectedException;

import org.springframework.context.MessageSource;

/**
 * The bad rows of a rejected import, as text for the page and the API.
 */
final class ImportErrors {

	private ImportErrors() {
	}

	static List<Line> lines(ImportRejectedException ex, MessageSource messages, Locale locale) {
		return ex.errors()
			.stream()
			.map((e) -> new Line(e.line(), messages.getMessage(e.messageCode(), e.arguments().toArray(), locale)))
			.toList();
	}

	/**
	 * One bad row.
	 *
	 * @param line its line number
	 * @param message what is wrong
	 */
	record Line(int line, String message) {
	}

}
