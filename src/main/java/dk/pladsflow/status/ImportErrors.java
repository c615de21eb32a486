package dk.pladsflow.status;

import java.util.List;
import java.util.Locale;

import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.ImportRejectedException;

import org.springframework.context.MessageSource;

/**
 * Why an import was refused, as text for the API: every bad row, or the whole file's
 * problem as one on line 1.
 */
final class ImportErrors {

	private ImportErrors() {
	}

	static List<Line> lines(ImportRejectedException ex, MessageSource messages, Locale locale) {
		return ex.errors()
			.stream()
			.map((e) -> new Line(e.line(), messages.getMessage(e.messageCode(), e.argumentArray(), locale)))
			.toList();
	}

	static List<Line> lines(CsvFileException ex, MessageSource messages, Locale locale) {
		return List.of(new Line(1, messages.getMessage(ex.messageCode(), ex.arguments(), locale)));
	}

	/**
	 * One bad row.
	 *
	 * @param line its line number
	 * @param message what is wrong
	 */
	record Line(long line, String message) {
	}

}
