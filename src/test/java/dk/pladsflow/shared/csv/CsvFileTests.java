package dk.pladsflow.shared.csv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvFileTests {

	static final List<String> REQUIRED = List.of("name", "date");

	static final List<String> OPTIONAL = List.of("note");

	/**
	 * A file at the import limit (20 MB) of empty lines, as an attacker would send it, is
	 * read in memory proportional to the file: the line numbers are kept as ints, not one
	 * boxed number per line (which took half a gigabyte and ran a 1 GB test JVM out of
	 * heap).
	 */
	@Test
	void twentyMillionEmptyLinesAreReadWithoutBoxingEachLine() {
		int size = 20 * 1024 * 1024;
		byte[] file = new byte[size];
		java.util.Arrays.fill(file, (byte) '\n');
		byte[] head = "name;date\nA;1\n".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(head, 0, file, 0, head.length);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
			.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();

		CsvFile csv = CsvFile.read(new ByteArrayInputStream(file), List.of("name", "date"), List.of());

		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(csv.rows()).hasSize(1);
		assertThat(csv.errors().isEmpty()).isTrue();
		// the bytes, their characters, the text and an int per line: about 8 bytes for
		// each byte of the file; a boxed number per line alone is over 16
		assertThat(allocated).as("bytes allocated reading %d bytes", size).isLessThan(12L * size);
	}

	@Test
	void readsSemicolonSeparatedUtf8WithBomAndTrimsValues() {
		CsvFile file = read("\uFEFFName ; DATE;note\r\n Ærø ; 2026-01-05 ;x\r\n");
		assertThat(file.columns()).containsExactly("name", "date", "note");
		assertThat(file.rows()).singleElement().satisfies((row) -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.get("name")).isEqualTo("Ærø");
			assertThat(row.get("date")).isEqualTo("2026-01-05");
		});
	}

	@Test
	void lineNumbersCountTheHeaderEmptyLinesAndQuotedLineBreaks() {
		CsvFile file = read("name;date\n\"A; with\nbreak\";1\n\n;\nB;2\n");
		assertThat(file.rows()).extracting(CsvFile.Row::line).containsExactly(2L, 6L);
		assertThat(file.rows().get(0).get("name")).isEqualTo("A; with\nbreak");
	}

	@Test
	void anOptionalColumnMayBeLeftOutAndReadsAsEmpty() {
		assertThat(read("date;name\n1;A\n").rows().get(0).get("note")).isEmpty();
	}

	@Test
	void aRowWithTheWrongNumberOfFieldsIsAnErrorWithItsLine() {
		CsvFile file = read("name;date\nA;1\nB\nC;3;4\n");
		assertThat(file.rows()).extracting((r) -> r.get("name")).containsExactly("A");
		assertThat(file.errors().list()).extracting(RowErrors.RowError::line).containsExactly(3L, 4L);
		assertThat(file.errors().list().get(0).arguments()).containsExactly(1, 2);
	}

	@Test
	void aMissingUnknownOrRepeatedColumnRejectsTheFile() {
		for (String header : List.of("name\n", "name;date;age\n", "name;date;name\n")) {
			assertThatExceptionOfType(CsvFileException.class).isThrownBy(() -> read(header + "x\n"))
				.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("csv.header"));
		}
	}

	@Test
	void anEmptyOrNonUtf8OrBrokenFileIsRejected() {
		assertThatExceptionOfType(CsvFileException.class).isThrownBy(() -> read("\uFEFF \n"))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("csv.empty"));
		byte[] latin1 = "name;date\nSøren;1\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(CsvFileException.class)
			.isThrownBy(() -> CsvFile.read(new ByteArrayInputStream(latin1), REQUIRED, OPTIONAL))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("csv.notUtf8"));
		assertThatExceptionOfType(CsvFileException.class).isThrownBy(() -> read("name;date\n\"open;1\n"))
			.satisfies((ex) -> assertThat(ex.messageCode()).isEqualTo("csv.unreadable"));
	}

	@Test
	void valuesReadDatesInBothFormsAndYesNoInDanishOrEnglish() {
		assertThat(CsvValues.date("2026-01-05")).contains(LocalDate.of(2026, 1, 5));
		assertThat(CsvValues.date("05-01-2026")).contains(LocalDate.of(2026, 1, 5));
		assertThat(CsvValues.date("31-02-2026")).isEmpty();
		assertThat(CsvValues.date("5/1/2026")).isEmpty();
		assertThat(CsvValues.yesNo("JA")).contains(true);
		assertThat(CsvValues.yesNo("false")).contains(false);
		assertThat(CsvValues.yesNo("måske")).isEmpty();
		assertThat(CsvValues.integer("x")).isEmpty();
	}

	@Test
	void decimalsTakeACommaOrAPointButNoThousandsSeparator() {
		assertThat(CsvValues.decimal("12,5")).hasValueSatisfying((v) -> assertThat(v).isEqualByComparingTo("12.5"));
		assertThat(CsvValues.decimal("50.25")).hasValueSatisfying((v) -> assertThat(v).isEqualByComparingTo("50.25"));
		assertThat(CsvValues.decimal("1.000,5")).isEmpty();
		assertThat(CsvValues.decimal("")).isEmpty();
	}

	@Test
	void rejectIfAnyCarriesEveryRowErrorByLineAndPassesWhenThereIsNone() {
		RowErrors errors = new RowErrors();
		errors.rejectIfAny();
		errors.add(5, "b");
		errors.add(3, "a", "x");
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(errors::rejectIfAny)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(RowErrors.RowError::line).containsExactly(3L, 5L));
	}

	private static CsvFile read(String text) {
		return CsvFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), REQUIRED, OPTIONAL);
	}

}
