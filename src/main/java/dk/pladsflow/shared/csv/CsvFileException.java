package dk.pladsflow.shared.csv;

import java.util.List;

/**
 * A CSV file that cannot be read at all: not UTF-8, empty, or a wrong header. Carries a
 * message code (and its arguments) for the page, never the file's content.
 */
public class CsvFileException extends RuntimeException {

	private final String messageCode;

	private final List<Object> arguments;

	public CsvFileException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = List.of(arguments);
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
