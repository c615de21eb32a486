package dk.pladsflow.outcome;

import java.math.BigDecimal;
import java.util.List;

import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outcomes for reporting tools: {@code GET /api/outcomes/{year}}, as a manager,
 * consultant or administrator, HTTP Basic. A department manager's answer holds only their
 * department, and its {@code total} is that department's.
 */
@RestController
class OutcomeApiController {

	private final OutcomeService outcomes;

	OutcomeApiController(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping("/api/outcomes/{year}")
	ReportJson outcomes(@AuthenticationPrincipal CurrentUser user, @PathVariable int year) {
		OutcomeReport report = this.outcomes.outcomes(user, year);
		return new ReportJson(report.year(), report.total().stream().map(OutcomeJson::of).toList(),
				report.departments()
					.stream()
					.map((d) -> new DepartmentJson(d.code(), d.schemes().stream().map(OutcomeJson::of).toList()))
					.toList());
	}

	record ReportJson(int year, List<OutcomeJson> total, List<DepartmentJson> departments) {
	}

	record DepartmentJson(String code, List<OutcomeJson> schemes) {
	}

	record OutcomeJson(String scheme, String sector, long ended, long known, long pending, long inJobOrEducation,
			Integer percent, BigDecimal effectPoints, long effectBasis) {

		static OutcomeJson of(Outcome o) {
			return new OutcomeJson(o.scheme().name(), o.sector().name(), o.ended(), o.known(), o.pending(),
					o.inJobOrEducation(), o.percent(), o.effectPoints(), o.effectBasis());
		}

	}

}
