package dk.pladsflow.quality;

import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quality measures for reporting tools: {@code GET /api/quality/{year}/{month}}, the
 * year to the month's end, as a manager or administrator, HTTP Basic. A department
 * manager's answer holds only their department.
 */
@RestController
class QualityApiController {

	private final QualityService quality;

	QualityApiController(QualityService quality) {
		this.quality = quality;
	}

	@GetMapping("/api/quality/{year}/{month}")
	QualityJson quality(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month) {
		return QualityJson.of(this.quality.apiReport(user, Years.month(year, month, "Quality")),
				user.seesEveryDepartment());
	}

}
