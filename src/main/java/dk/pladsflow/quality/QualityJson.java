package dk.pladsflow.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The quality measures as reporting tools read them ({@code GET
 * /api/quality/{year}/{month}}, the year to date): a contract, keep it exactly.
 * Percentages rounded half up, null where nothing was due.
 *
 * @param year the year
 * @param month the month
 * @param periodStart 1 January
 * @param periodEnd the month's last day, or today in the running month
 * @param departments per department
 * @param total the municipality (for a department manager: their department)
 */
record QualityJson(int year, int month, LocalDate periodStart, LocalDate periodEnd, List<FiguresJson> departments,
		FiguresJson total) {

	static QualityJson of(QualityReport report, boolean central) {
		String totalCode = (central || report.departments().isEmpty()) ? report.municipalityCode()
				: report.departments().get(0).code();
		return new QualityJson(report.year(), report.month(), report.periodStart(), report.periodEnd(),
				report.departments().stream().map((d) -> FiguresJson.of(d.code(), d.figures())).toList(),
				FiguresJson.of(totalCode, report.total()));
	}

	/**
	 * One department's (or the municipality's) measures.
	 *
	 * @param code the department's code (the municipality's for the total)
	 * @param week1 referrals within week 1
	 * @param week2 answers within week 2
	 * @param week3 agreements within week 3
	 * @param filledByWeek3 openings filled within 21 days
	 * @param daysToFill days from T0 to filled
	 * @param openByAge unused slots by weeks since the start of their period
	 * @param closedUnused unused slots closed
	 * @param closedAfterHearing of those, heard first
	 * @param extensionsGranted extensions granted
	 * @param followUps half-yearly reviews completed by their due date
	 */
	record FiguresJson(String code, ShareJson week1, ShareJson week2, ShareJson week3, ShareJson filledByWeek3,
			DaysJson daysToFill, Map<String, Long> openByAge, long closedUnused, long closedAfterHearing,
			long extensionsGranted, ShareJson followUps) {

		static FiguresJson of(String code, QualityFigures f) {
			return new FiguresJson(code, ShareJson.of(f.week1()), ShareJson.of(f.week2()), ShareJson.of(f.week3()),
					ShareJson.of(f.filledByWeek3()), new DaysJson(f.medianDaysToFill(), f.p90DaysToFill()),
					f.openByAge(), f.closedUnused(), f.closedAfterHearing(), f.extensionsGranted(),
					ShareJson.of((f.followUps() != null) ? f.followUps() : Share.NONE));
		}

	}

	/**
	 * A count basis.
	 *
	 * @param due counted
	 * @param met within the deadline
	 * @param percent met of due, rounded half up; null where nothing was due
	 */
	record ShareJson(long due, long met, Integer percent) {

		static ShareJson of(Share share) {
			return new ShareJson(share.due(), share.met(), share.percent());
		}

	}

	/**
	 * Days from T0 to filled, one decimal.
	 *
	 * @param median the median, or null where no slot was filled
	 * @param p90 the 90th percentile, or null
	 */
	record DaysJson(Double median, Double p90) {
	}

}
