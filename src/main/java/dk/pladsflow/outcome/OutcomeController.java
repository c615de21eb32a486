package dk.pladsflow.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.outcome.OutcomeReport.DepartmentOutcomes;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Resultater: the outcomes of a year beside the previous year's, for the municipality and
 * every department (a department manager: their department only). Who may read is decided
 * by {@link OutcomeService#outcomes}.
 */
@Controller
class OutcomeController {

	private final OutcomeService outcomes;

	private final Clock clock;

	OutcomeController(OutcomeService outcomes, Clock clock) {
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@GetMapping("/outcomes")
	String outcomes(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (year != null) ? year : thisYear - 1;
		OutcomeReport now = this.outcomes.outcomes(user, shown);
		OutcomeReport before = this.outcomes.outcomes(user, shown - 1);
		List<Block> blocks = new ArrayList<>();
		if (now.municipality()) {
			blocks.add(new Block(null, rows(now.total(), before.total())));
		}
		for (int i = 0; i < now.departments().size(); i++) {
			DepartmentOutcomes department = now.departments().get(i);
			List<Outcome> previous = before.departments()
				.stream()
				.filter((d) -> d.id() == department.id())
				.findFirst()
				.map(DepartmentOutcomes::schemes)
				.orElse(List.of());
			blocks.add(new Block(department, rows(department.schemes(), previous)));
		}
		model.addAttribute("year", shown);
		model.addAttribute("maxYear", thisYear);
		model.addAttribute("blocks", blocks);
		return "outcomes/overview";
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
	 */
	record Block(DepartmentOutcomes department, List<Row> rows) {
	}

	/**
	 * One scheme and sector: the year and the previous year.
	 *
	 * @param now the year
	 * @param before the previous year, or null
	 */
	record Row(Outcome now, Outcome before) {
	}

}
