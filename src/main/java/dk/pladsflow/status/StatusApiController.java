package dk.pladsflow.status;

import java.time.YearMonth;

import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status for reporting tools: {@code GET /api/status/{year}/{month}}, as a manager or
 * administrator, HTTP Basic accepted. A department manager's answer holds only their
 * department. {@link StatusService#apiFigures} decides who may ask; the API's URL rule is
 * the second line.
 */
@RestController
class StatusApiController {

	private final StatusService status;

	StatusApiController(StatusService status) {
		this.status = status;
	}

	@GetMapping("/api/status/{year}/{month}")
	StatusJson status(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month) {
		return StatusJson.of(this.status.apiFigures(user, yearMonth(year, month)));
	}

	@GetMapping("/api/status/{year}/{month}/departments/{code}")
	StatusJson.DepartmentJson department(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month, @PathVariable String code) {
		return StatusJson.DepartmentJson
			.of(StatusService.department(this.status.apiFigures(user, yearMonth(year, month)), user, code));
	}

	static YearMonth yearMonth(int year, int month) {
		return Years.month(year, month, "Status");
	}

}
