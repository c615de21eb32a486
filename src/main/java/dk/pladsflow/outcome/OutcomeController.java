package dk.pladsflow.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import dk.pladsflow.outcome.OutcomeReport.DepartmentOutcomes;
import dk.pladsflow.outcome.OutcomeReport.TrendMonth;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.export.Downloads;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Resultater: the outcomes of a year beside the previous year's, for the municipality and
 * every department (a department manager: their department only), and the monthly trend
 * of the outflow of the municipality or a chosen department. Who may read is decided by
 * {@link OutcomeService#outcomes}.
 */
@Controller
class OutcomeController {

	private final OutcomeService outcomes;

	private final Clock clock;

	private final Municipality municipality;

	private final MessageSource messages;

	OutcomeController(OutcomeService outcomes, Clock clock, Municipality municipality, MessageSource messages) {
		this.outcomes = outcomes;
		this.clock = clock;
		this.municipality = municipality;
		this.messages = messages;
	}

	@GetMapping("/outcomes")
	String outcomes(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String trend, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		Tables tables = tables(user, (year != null) ? year : thisYear - 1);
		model.addAttribute("year", tables.now().year());
		model.addAttribute("maxYear", thisYear);
		model.addAttribute("report", tables.now());
		model.addAttribute("blocks", tables.blocks());
		model.addAttribute("trend", trend(user, tables.now(), trend));
		return "outcomes/overview";
	}

	@GetMapping("/outcomes/{year}/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
		return Downloads.attachment(OutcomeExport.csv(year, tables(user, year).blocks(), this.municipality.code()),
				Downloads.CSV_TYPE, OutcomeExport.fileName(year, "csv"));
	}

	@GetMapping("/outcomes/{year}/xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, Locale locale) {
		return Downloads.attachment(
				OutcomeExport.xlsx(year, tables(user, year).blocks(),
						(b) -> (b == null || b.department() == null) ? this.municipality.name()
								: b.department().code() + " " + b.department().name(),
						new MessageSourceAccessor(this.messages, locale)),
				Downloads.XLSX_TYPE, OutcomeExport.fileName(year, "xlsx"));
	}

	/**
	 * The year's tables, each beside the previous year's figures: the municipality's (not
	 * for a department manager) and every department's.
	 */
	private Tables tables(CurrentUser user, int year) {
		OutcomeReport now = this.outcomes.outcomes(user, year);
		OutcomeReport before = Years.isValid(year - 1) ? this.outcomes.outcomes(user, year - 1) : null;
		List<Block> blocks = new ArrayList<>();
		if (now.municipality()) {
			blocks.add(new Block(null, rows(now.total(), (before != null) ? before.total() : List.of()),
					now.totalTrend(), new Drill(year, null), new Drill(year - 1, null)));
		}
		for (DepartmentOutcomes department : now.departments()) {
			List<Outcome> previous = (before == null) ? List.of()
					: before.departments()
						.stream()
						.filter((d) -> d.id() == department.id())
						.findFirst()
						.map(DepartmentOutcomes::schemes)
						.orElse(List.of());
			blocks.add(new Block(department, rows(department.schemes(), previous), department.trend(),
					new Drill(year, department.code()), new Drill(year - 1, department.code())));
		}
		return new Tables(now, blocks);
	}

	@GetMapping("/outcomes/{year}/placements")
	String placements(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(required = false) String department, @RequestParam(required = false) Scheme scheme,
			@RequestParam(required = false) Sector sector, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) Figure figure, @RequestParam(defaultValue = "0") int page, Model model) {
		OutcomeFilter filter = new OutcomeFilter(year, department, scheme, sector, month, figure);
		model.addAttribute("placements", this.outcomes.placements(user, filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("departments", this.outcomes.departments(user));
		model.addAttribute("central", user.seesEveryDepartment());
		model.addAttribute("schemes", Scheme.values());
		model.addAttribute("sectors", Sector.values());
		return "outcomes/placements";
	}

	/**
	 * The trend of the municipality (a department manager: their department), or of the
	 * department asked for.
	 */
	private static Trend trend(CurrentUser user, OutcomeReport report, String code) {
		if (code == null || code.isBlank()) {
			return Trend.of(report.year(),
					report.municipality() ? null : report.departments().stream().findFirst().orElse(null),
					report.total(), report.totalTrend());
		}
		DepartmentOutcomes department = OutcomeService.department(report, user, code);
		return Trend.of(report.year(), department, department.schemes(), department.trend());
	}

	private static List<Row> rows(List<Outcome> now, List<Outcome> before) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			rows.add(new Row(now.get(i), (i < before.size()) ? before.get(i) : null));
		}
		return rows;
	}

	/**
	 * One table: the municipality (department null) or a department.
	 *
	 * @param department the department, or null for the municipality
	 * @param rows per scheme and sector
	 * @param trend its figures by end month
	 * @param drill links to the placements behind the year's figures
	 * @param previous links to the placements behind the previous year's
	 */
	record Block(DepartmentOutcomes department, List<Row> rows, List<TrendMonth> trend, Drill drill, Drill previous) {
	}

	/**
	 * The page's tables.
	 *
	 * @param now the year's report
	 * @param blocks its tables
	 */
	record Tables(OutcomeReport now, List<Block> blocks) {
	}

	/**
	 * One scheme and sector: the year and the previous year.
	 *
	 * @param now the year
	 * @param before the previous year, or null
	 */
	record Row(Outcome now, Outcome before) {
	}

	/**
	 * The monthly trend shown: whose, its months, and which schemes and sectors get a
	 * column (those with a placement that ended in the year).
	 *
	 * @param department the department, or null for the municipality
	 * @param months the months
	 * @param columns indexes into each month's {@link TrendMonth#schemes()}
	 * @param drill links to the placements behind its figures
	 */
	record Trend(DepartmentOutcomes department, List<TrendMonth> months, List<Integer> columns, Drill drill) {

		static Trend of(int year, DepartmentOutcomes department, List<Outcome> total, List<TrendMonth> months) {
			return new Trend(department, months,
					IntStream.range(0, total.size()).filter((i) -> total.get(i).ended() > 0).boxed().toList(),
					new Drill(year, (department != null) ? department.code() : null));
		}

	}

}
