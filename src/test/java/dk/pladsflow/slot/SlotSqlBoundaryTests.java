package dk.pladsflow.slot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slot module asks the placement module about placements through its facade (running
 * placements, double hire, the ratio's count): no SQL of the slot module names the
 * placement table. Spring Modulith cannot see SQL, so this test reads it.
 */
class SlotSqlBoundaryTests {

	private static final Pattern PLACEMENT_TABLE = Pattern.compile("(?i)\\b(from|join|into|update)\\s+placement\\b");

	@Test
	void noSqlOfTheSlotModuleNamesThePlacementTable() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/java/dk/pladsflow/slot"))) {
			List<String> offenders = files.filter((f) -> f.toString().endsWith(".java")).filter((f) -> {
				try {
					return PLACEMENT_TABLE.matcher(Files.readString(f)).find();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).map((f) -> f.getFileName().toString()).toList();
			assertThat(offenders).isEmpty();
		}
	}

}
