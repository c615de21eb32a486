package dk.pladsflow.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.pladsflow.quality.QualityReport.DepartmentQuality;
import dk.pladsflow.quality.QualityReport.UnitQuality;
import dk.pladsflow.shared.export.CsvText;
import dk.pladsflow.shared.export.Spreadsheet;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The quality measures as downloads: CSV (UTF-8 with BOM, {@code ;}, decimal comma) and
 * Excel, one row for the municipality (where the user sees it), each department and each
 * of its units, with the same figures as the page.
 */
final class QualityExport {

	private static final List<String> CSV_HEADER = List.of("level", "department", "unit", "period_start", "period_end",
			"week1_due", "week1_met", "week1_percent", "week2_due", "week2_met", "week2_percent", "week3_due",
			"week3_met", "week3_percent", "filled_by_week3_due", "filled_by_week3_met", "filled_by_week3_percent",
			"days_to_fill_median", "days_to_fill_p90", "open_0_3", "open_4_12", "open_13_23", "open_24_26",
			"open_27_plus", "closed_unused", "closed_after_hearing", "extensions_granted", "follow_ups_due",
			"follow_ups_met", "follow_ups_percent");

	private static final List<String> SHEET_HEADER = List.of("Niveau", "Forvaltning", "Enhed", "Fra", "Til",
			"Uge 1 forfaldne", "Uge 1 overholdt", "Uge 1 %", "Uge 2 forfaldne", "Uge 2 overholdt", "Uge 2 %",
			"Uge 3 forfaldne", "Uge 3 overholdt", "Uge 3 %", "Åbninger forfaldne", "Besat inden 3 uger",
			"Besat inden 3 uger %", "Dage til besat, median", "Dage til besat, 90 %", "Ubrugt 0-3 uger",
			"Ubrugt 4-12 uger", "Ubrugt 13-23 uger", "Ubrugt 24-26 uger", "Ubrugt 27+ uger", "Lukket ubrugt",
			"Heraf hørt", "Forlængelser", "Opfølgninger forfaldne", "Opfølgninger til tiden", "Opfølgninger %");

	private QualityExport() {
	}

	static String fileName(QualityReport report, String extension) {
		return "kvalitet-%d-%02d-%s.%s".formatted(report.year(), report.month(),
				report.scope().name().toLowerCase(Locale.ROOT), extension);
	}

	static byte[] csv(QualityReport report, boolean central) {
		CsvText csv = new CsvText(CSV_HEADER);
		rows(report, central).forEach(csv::row);
		return csv.bytes();
	}

	static byte[] xlsx(QualityReport report, boolean central) {
		Spreadsheet workbook = new Spreadsheet();
		Sheet sheet = workbook.sheet("Kvalitet",
				"Kvalitet %s – %s".formatted(report.periodStart(), report.periodEnd()));
		workbook.header(sheet.createRow(1), SHEET_HEADER);
		int r = 2;
		for (List<Object> values : rows(report, central)) {
			workbook.cells(sheet.createRow(r++), 0, values);
		}
		sheet.createFreezePane(3, 2);
		return workbook.bytes();
	}

	private static List<List<Object>> rows(QualityReport report, boolean central) {
		List<List<Object>> rows = new ArrayList<>();
		if (central) {
			rows.add(values(report, "MUNICIPALITY", report.municipalityCode(), null, report.total()));
		}
		for (DepartmentQuality d : report.departments()) {
			rows.add(values(report, "DEPARTMENT", d.code(), null, d.figures()));
			for (UnitQuality u : d.units()) {
				rows.add(values(report, "UNIT", d.code(), u.name(), u.figures()));
			}
		}
		return rows;
	}

	private static List<Object> values(QualityReport report, String level, String code, String unit, QualityFigures f) {
		List<Object> values = new ArrayList<>(List.of(level, code));
		values.add(unit);
		values.add(report.periodStart().toString());
		values.add(report.periodEnd().toString());
		for (Share s : List.of(f.week1(), f.week2(), f.week3(), f.filledByWeek3())) {
			share(values, s);
		}
		values.add(f.medianDaysToFill());
		values.add(f.p90DaysToFill());
		values.addAll(f.openByAge().values());
		values.add(f.closedUnused());
		values.add(f.closedAfterHearing());
		values.add(f.extensionsGranted());
		if (f.followUps() != null) {
			share(values, f.followUps());
		}
		else {
			values.add(null);
			values.add(null);
			values.add(null);
		}
		return values;
	}

	private static void share(List<Object> values, Share s) {
		values.add(s.due());
		values.add(s.met());
		values.add(s.percent());
	}

}
