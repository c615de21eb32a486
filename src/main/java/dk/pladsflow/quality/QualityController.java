package dk.pladsflow.quality;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import dk.pladsflow.quality.QualityReport.Scope;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.export.Downloads;
import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.slot.PhaseFigures.Measure;
import dk.pladsflow.user.CurrentUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Kvalitet: the measures of the quality standard for the municipality and every
 * department (a department manager: their own), with the units and a drill-down from each
 * figure to the slots behind it. Who may read what is decided by {@link QualityService}.
 */
@Controller
class QualityController {

	/** The measures a drill-down can list, by their name in the path. */
	static final Map<String, Measure> MEASURES = Map.of("week1", Measure.WEEK1, "week2", Measure.WEEK2, "week3",
			Measure.WEEK3, "filled-by-week3", Measure.FILLED_BY_WEEK3);

	private static final int PAGE_SIZE = 25;

	private final QualityService quality;

	private final Clock clock;

	QualityController(QualityService quality, Clock clock) {
		this.quality = quality;
		this.clock = clock;
	}

	@GetMapping("/quality")
	String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String units, Model model) {
		YearMonth chosen = (year != null && month != null) ? Years.month(year, month, "Quality")
				: YearMonth.now(this.clock.withZone(ClockConfiguration.ZONE));
		QualityReport report = this.quality.report(user, chosen, scope(scope), units);
		model.addAttribute("report", report);
		model.addAttribute("central", user.seesEveryDepartment());
		// a central reader sees one department's units at a time (at national volume all
		// of them are 3,000 rows and 6.7 MB of HTML); a department manager sees their own
		model.addAttribute("unitsOf", (units != null) ? units.trim() : null);
		model.addAttribute("scope", report.scope().name().toLowerCase(Locale.ROOT));
		model.addAttribute("maxYear", YearMonth.now(this.clock.withZone(ClockConfiguration.ZONE)).getYear());
		model.addAttribute("ageGroups", QualityFigures.AGE_GROUPS);
		model.addAttribute("trend", this.quality.trend(user, chosen));
		return "quality/overview";
	}

	@GetMapping("/quality/{year}/{month}/{measure}")
	String behind(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month,
			@PathVariable String measure, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String department, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "false") boolean missed, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Measure chosen = MEASURES.get(measure);
		if (chosen == null) {
			throw new NotFoundException("Measure", measure);
		}
		YearMonth yearMonth = Years.month(year, month, "Quality");
		Scope s = scope(scope);
		model.addAttribute("rows", this.quality.behind(user, yearMonth, s, chosen, department, unit, missed,
				PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("measure", measure);
		model.addAttribute("year", year);
		model.addAttribute("month", month);
		model.addAttribute("scope", s.name().toLowerCase(Locale.ROOT));
		model.addAttribute("department", department);
		model.addAttribute("missed", missed);
		return "quality/behind";
	}

	@GetMapping("/quality/{year}/{month}/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month, @RequestParam(required = false) String scope) {
		QualityReport report = this.quality.fullReport(user, Years.month(year, month, "Quality"), scope(scope));
		return Downloads.attachment(QualityExport.csv(report, user.seesEveryDepartment()), Downloads.CSV_TYPE,
				QualityExport.fileName(report, "csv"));
	}

	@GetMapping("/quality/{year}/{month}/xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month, @RequestParam(required = false) String scope) {
		QualityReport report = this.quality.fullReport(user, Years.month(year, month, "Quality"), scope(scope));
		return Downloads.attachment(QualityExport.xlsx(report, user.seesEveryDepartment()), Downloads.XLSX_TYPE,
				QualityExport.fileName(report, "xlsx"));
	}

	private static Scope scope(String scope) {
		return "month".equalsIgnoreCase(scope) ? Scope.MONTH : Scope.YEAR;
	}

}
