package dk.pladsflow.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import dk.pladsflow.outcome.OutcomeController.Block;
import dk.pladsflow.outcome.OutcomeController.Row;
import dk.pladsflow.outcome.OutcomeReport.TrendMonth;
import dk.pladsflow.shared.export.CsvText;
import dk.pladsflow.shared.export.Spreadsheet;
import org.apache.poi.ss.usermodel.Sheet;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * Resultater as downloads: the page's tables as CSV (codes as in the JSON, one row per
 * department or the municipality and scheme and sector, the previous year's share and
 * effect beside) and as an Excel workbook (the same in words, and the monthly trend of
 * every table).
 */
final class OutcomeExport {

	private static final List<String> CSV_HEADER = List.of("department", "year", "scheme", "sector", "ended", "pending",
			"known", "in_job_or_education", "percent", "effect_points", "effect_basis", "previous_year_percent",
			"previous_year_effect_points");

	private OutcomeExport() {
	}

	static String fileName(int year, String extension) {
		return "resultater-%d.%s".formatted(year, extension);
	}

	/**
	 * The CSV download.
	 * @param year the year
	 * @param blocks the page's tables
	 * @param municipalityCode the code the municipality's rows carry
	 * @return UTF-8 with a byte order mark
	 */
	static byte[] csv(int year, List<Block> blocks, String municipalityCode) {
		CsvText csv = new CsvText(CSV_HEADER);
		for (Block block : blocks) {
			String code = (block.department() != null) ? block.department().code() : municipalityCode;
			for (Row row : block.rows()) {
				csv.row(values(List.of(code, year, row.now().scheme(), row.now().sector()), row));
			}
		}
		return csv.bytes();
	}

	/**
	 * A table's row: what names it, the year's figures, the previous year's share and
	 * effect.
	 */
	private static List<Object> values(List<Object> names, Row row) {
		Outcome o = row.now();
		List<Object> values = new ArrayList<>(names);
		values.addAll(Arrays.asList(o.ended(), o.pending(), o.known(), o.inJobOrEducation(), o.percent(),
				o.effectPoints(), o.effectBasis()));
		values.add((row.before() != null) ? row.before().percent() : null);
		values.add((row.before() != null) ? row.before().effectPoints() : null);
		return values;
	}

	/**
	 * The Excel workbook: sheets <em>Resultater</em> and <em>Udvikling</em>.
	 * @param year the year
	 * @param blocks the page's tables
	 * @param label a department's or the municipality's name (for a null department)
	 * @param messages the texts, in the reader's language
	 * @return the .xlsx file
	 */
	static byte[] xlsx(int year, List<Block> blocks, Function<Block, String> label, MessageSourceAccessor messages) {
		Spreadsheet workbook = new Spreadsheet();
		Sheet figures = workbook.sheet(messages.getMessage("outcome.export.sheet"),
				messages.getMessage("outcome.export.title", new Object[] { year }));
		List<String> header = new ArrayList<>(texts(messages, "status.department", "status.scheme", "placement.sector",
				"outcome.ended", "outcome.pending", "outcome.known", "outcome.inJobOrEducation",
				"outcome.export.percent", "outcome.effect", "outcome.effectBasis"));
		header.add(messages.getMessage("outcome.export.percent") + " " + (year - 1));
		header.add(messages.getMessage("outcome.effect") + " " + (year - 1));
		workbook.header(figures.createRow(2), header);
		int r = 3;
		for (Block block : blocks) {
			for (Row row : block.rows()) {
				workbook.cells(figures.createRow(r++), 0, values(
						List.of(label.apply(block), scheme(row.now(), messages), sector(row.now(), messages)), row));
			}
		}
		Spreadsheet.columns(figures, 45, 12);
		Sheet trend = workbook.sheet(messages.getMessage("outcome.export.trendSheet"),
				messages.getMessage("outcome.export.trendTitle", new Object[] { year }));
		workbook.header(trend.createRow(2),
				texts(messages, "status.department", "outcome.trend.month", "status.scheme", "placement.sector",
						"outcome.ended", "outcome.pending", "outcome.known", "outcome.inJobOrEducation",
						"outcome.export.percent"));
		r = 3;
		for (Block block : blocks) {
			for (TrendMonth month : block.trend()) {
				for (Outcome o : month.schemes()) {
					if (o.ended() > 0) {
						workbook.cells(trend.createRow(r++), 0,
								Arrays.asList(label.apply(block), "%d-%02d".formatted(year, month.month()),
										scheme(o, messages), sector(o, messages), o.ended(), o.pending(), o.known(),
										o.inJobOrEducation(), o.percent()));
					}
				}
			}
		}
		Spreadsheet.columns(trend, 45, 9);
		return workbook.bytes();
	}

	private static List<String> texts(MessageSourceAccessor messages, String... keys) {
		return Arrays.stream(keys).map(messages::getMessage).toList();
	}

	private static String scheme(Outcome o, MessageSourceAccessor messages) {
		return messages.getMessage("scheme." + o.scheme());
	}

	private static String sector(Outcome o, MessageSourceAccessor messages) {
		return messages.getMessage("sector." + o.sector());
	}

}
