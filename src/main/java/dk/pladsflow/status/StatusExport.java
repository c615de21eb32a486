package dk.pladsflow.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.status.Figures.SchemeFigures;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.status.StatusReport.TrendPoint;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The status as downloads: a CSV file with the same figures as the JSON (full-year
 * persons unrounded, decimal comma, {@code ;} between fields) and an Excel workbook with
 * the status, the previous year, the forecast and the trend.
 */
final class StatusExport {

	static final String CSV_TYPE = "text/csv;charset=UTF-8";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> CSV_HEADER = List.of("department", "year", "month", "period_start", "period_end",
			"wage_subsidy_full_year_persons", "wage_subsidy_placements", "internship_full_year_persons",
			"internship_placements", "utility_work_full_year_persons", "utility_work_placements", "combined_status",
			"combined_target", "combined_fulfilment_percent", "flexjob_status", "flexjob_target",
			"flexjob_fulfilment_percent", "overall_fulfilment_percent");

	private static final List<String> SHEET_HEADER = List.of("Forvaltning", "Løntilskud (helårspersoner)",
			"Løntilskud (forløb)", "Virksomhedspraktik (helårspersoner)", "Virksomhedspraktik (forløb)",
			"Nytteindsats (helårspersoner)", "Nytteindsats (forløb)", "Samlet status", "Samlet måltal",
			"Samlet målopfyldelse (%)", "Fleksjob status", "Fleksjob måltal", "Fleksjob målopfyldelse (%)",
			"Samlet målopfyldelse i alt (%)");

	private StatusExport() {
	}

	static String fileName(StatusReport report, String extension) {
		return "status-%d-%02d.%s".formatted(report.year(), report.month(), extension);
	}

	/**
	 * The CSV download: one row per department and one for the municipality.
	 * @param report the report
	 * @return UTF-8 with a byte order mark (for spreadsheets)
	 */
	static byte[] csv(StatusReport report) {
		StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(";", CSV_HEADER)).append("\r\n");
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null) {
			rows.add(report.total());
		}
		for (DepartmentReport d : rows) {
			List<Object> values = new ArrayList<>(
					List.of(d.code(), report.year(), report.month(), report.period().start(), report.period().end()));
			values.addAll(figureValues(d.figures()));
			csv.append(String.join(";", values.stream().map(StatusExport::csvValue).toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<Object> figureValues(Figures f) {
		List<Object> values = new ArrayList<>();
		for (Scheme scheme : Scheme.COMBINED) {
			SchemeFigures s = f.schemes().get(scheme);
			values.add(s.fullYearPersons());
			values.add(s.placements());
		}
		values.add(f.combined().status());
		values.add(f.combined().target());
		values.add(f.combined().fulfilmentPercent());
		values.add(f.flexJob().status());
		values.add(f.flexJob().target());
		values.add(f.flexJob().fulfilmentPercent());
		values.add(f.overallPercent());
		return values;
	}

	private static String csvValue(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().replace('.', ',');
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString().replace('.', ',');
		}
		return value.toString();
	}

	/**
	 * The Excel workbook.
	 * @param report the report
	 * @return the .xlsx file
	 */
	static byte[] xlsx(StatusReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			figuresSheet(workbook.createSheet("Status"), styles, report, "Status %d-%02d, %s til %s"
				.formatted(report.year(), report.month(), report.period().start(), report.period().end()),
					DepartmentReport::figures);
			figuresSheet(
					workbook.createSheet("Sidste år"), styles, report, "Samme periode sidste år, %s til %s"
						.formatted(report.previousPeriod().start(), report.previousPeriod().end()),
					DepartmentReport::previousYear);
			trendSheet(workbook.createSheet("Udvikling"), styles, report);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<DepartmentReport> rows(StatusReport report) {
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null && report.departments().size() > 1) {
			rows.add(report.total());
		}
		return rows;
	}

	private static void figuresSheet(Sheet sheet, Styles styles, StatusReport report, String title,
			Function<DepartmentReport, Figures> figures) {
		sheet.createRow(0).createCell(0).setCellValue(title);
		sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
		header(sheet.createRow(2), styles, SHEET_HEADER);
		int r = 3;
		for (DepartmentReport d : rows(report)) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(d.code() + " " + d.name());
			int c = 1;
			for (Object value : figureValues(figures.apply(d))) {
				Cell cell = row.createCell(c++);
				if (value instanceof Double v) {
					cell.setCellValue(v);
					cell.setCellStyle(styles.decimal);
				}
				else if (value instanceof BigDecimal v) {
					cell.setCellValue(v.doubleValue());
					cell.setCellStyle(styles.decimal);
				}
				else if (value instanceof Number v) {
					cell.setCellValue(v.doubleValue());
				}
			}
		}
		sheet.setColumnWidth(0, 60 * 256);
		for (int c = 1; c < SHEET_HEADER.size(); c++) {
			sheet.setColumnWidth(c, 16 * 256);
		}
		sheet.createFreezePane(1, 3);
	}

	private static void trendSheet(Sheet sheet, Styles styles, StatusReport report) {
		sheet.createRow(0).createCell(0).setCellValue("Samlet status (helårspersoner) ved udgangen af hver måned");
		sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
		List<String> header = new ArrayList<>(List.of("Forvaltning"));
		for (int m = 1; m <= report.month(); m++) {
			header.add("%d-%02d".formatted(report.year(), m));
		}
		header(sheet.createRow(2), styles, header);
		int r = 3;
		for (DepartmentReport d : rows(report)) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(d.code());
			int c = 1;
			for (TrendPoint point : d.trend()) {
				Cell cell = row.createCell(c++);
				cell.setCellValue(point.combined().status());
				cell.setCellStyle(styles.decimal);
			}
		}
		sheet.setColumnWidth(0, 20 * 256);
	}

	private static void header(Row row, Styles styles, List<String> names) {
		for (int c = 0; c < names.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(names.get(c));
			cell.setCellStyle(styles.header);
		}
	}

	private static final class Styles {

		private final CellStyle bold;

		private final CellStyle header;

		private final CellStyle decimal;

		Styles(XSSFWorkbook workbook) {
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.header = workbook.createCellStyle();
			this.header.setFont(font);
			this.header.setWrapText(true);
			this.decimal = workbook.createCellStyle();
			this.decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
		}

	}

}
