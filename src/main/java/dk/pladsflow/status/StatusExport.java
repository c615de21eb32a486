package dk.pladsflow.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.export.CsvText;
import dk.pladsflow.shared.export.Spreadsheet;
import dk.pladsflow.status.Figures.SchemeFigures;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The status as downloads: a CSV file with the same figures as the JSON (full-year
 * persons unrounded, decimal comma, {@code ;} between fields) and an Excel workbook with
 * the status, the previous year, the forecast and the trend.
 */
final class StatusExport {

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
		CsvText csv = new CsvText(CSV_HEADER);
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null) {
			rows.add(report.total());
		}
		for (DepartmentReport d : rows) {
			List<Object> values = new ArrayList<>(
					List.of(d.code(), report.year(), report.month(), report.period().start(), report.period().end()));
			values.addAll(figureValues(d.figures()));
			csv.row(values);
		}
		return csv.bytes();
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

	/**
	 * The Excel workbook.
	 * @param report the report
	 * @return the .xlsx file
	 */
	static byte[] xlsx(StatusReport report) {
		Spreadsheet workbook = new Spreadsheet();
		figuresSheet(workbook, "Status", report, "Status %d-%02d, %s til %s".formatted(report.year(), report.month(),
				report.period().start(), report.period().end()), DepartmentReport::figures);
		figuresSheet(
				workbook, "Sidste år", report, "Samme periode sidste år, %s til %s"
					.formatted(report.previousPeriod().start(), report.previousPeriod().end()),
				DepartmentReport::previousYear);
		trendSheet(workbook, report);
		return workbook.bytes();
	}

	private static List<DepartmentReport> rows(StatusReport report) {
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null && report.departments().size() > 1) {
			rows.add(report.total());
		}
		return rows;
	}

	private static void figuresSheet(Spreadsheet workbook, String name, StatusReport report, String title,
			Function<DepartmentReport, Figures> figures) {
		Sheet sheet = workbook.sheet(name, title);
		workbook.header(sheet.createRow(2), SHEET_HEADER);
		int r = 3;
		for (DepartmentReport d : rows(report)) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(d.code() + " " + d.name());
			workbook.cells(row, 1, figureValues(figures.apply(d)));
		}
		Spreadsheet.columns(sheet, 60, SHEET_HEADER.size());
	}

	private static void trendSheet(Spreadsheet workbook, StatusReport report) {
		Sheet sheet = workbook.sheet("Udvikling", "Samlet status (helårspersoner) ved udgangen af hver måned");
		List<String> header = new ArrayList<>(List.of("Forvaltning"));
		for (int m = 1; m <= report.month(); m++) {
			header.add("%d-%02d".formatted(report.year(), m));
		}
		workbook.header(sheet.createRow(2), header);
		int r = 3;
		for (DepartmentReport d : rows(report)) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(d.code());
			workbook.cells(row, 1, d.trend().stream().map((point) -> point.combined().status()).toList());
		}
		sheet.setColumnWidth(0, 20 * 256);
	}

}
