package dk.pladsflow.shared.csv;

import java.util.List;

/**
 * What is wrong with one row of an import file: its line number and a message key (with
 * arguments) from the message bundles.
 *
 * @param line the line number in the file (the header is line 1)
 * @param messageCode the message key
 * @param arguments the message's arguments
 */
public record RowError(int line, String messageCode, List<Object> arguments) {

	public RowError(int line, String messageCode, Object... arguments) {
		this(line, messageCode, List.of(arguments));
	}

}
