package dk.pladsflow.shared.database;

import java.nio.file.Path;

/**
 * The embedded database's data directory belongs to another application that is still
 * running. Reported in one line by {@link DataDirectoryInUseFailureAnalyzer}.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private final transient Path dataDirectory;

	DataDirectoryInUseException(Path dataDirectory) {
		super("Another running application uses the embedded database in " + dataDirectory);
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

}
