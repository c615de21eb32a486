package dk.pladsflow.shared.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTests {

	@Test
	void aFieldWithASeparatorAQuoteOrALineBreakIsQuotedAndTheRestIsNot() {
		byte[] file = new CsvText(List.of("unit", "count", "share")).row(List.of("Plejecenter; Nord", 3, 12.5))
			.row(Arrays.asList("Det \"gode\" hus", 0, null))
			.row(List.of("To\nlinjer", 1, 2.0))
			.bytes();
		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFunit;count;share\r\n"
				+ "\"Plejecenter; Nord\";3;12,5\r\n" + "\"Det \"\"gode\"\" hus\";0;\r\n" + "\"To\nlinjer\";1;2\r\n");
	}

}
