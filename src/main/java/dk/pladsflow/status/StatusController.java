package dk.pladsflow.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The status pages: the live status of a month (the municipality's overview and one table
 * per department, a page per department with the trend, the forecast and the units), the
 * frozen snapshots, and both as CSV and Excel downloads.
 */
@Controller
@RequestMapping("/status")
class StatusController {

	private final StatusService status;

	private final SnapshotService snapshots;

	private final Clock clock;

	StatusController(StatusService status, SnapshotService snapshots, Clock clock) {
		this.status = status;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@GetMapping
	String choose(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month) {
		YearMonth chosen = YearMonth.now(this.clock);
		if (year != null && month != null && month >= 1 && month <= 12) {
			chosen = YearMonth.of(year, month);
		}
		return "redirect:/status/" + chosen.getYear() + "/" + chosen.getMonthValue();
	}

	@GetMapping("/{year}/{month}")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month,
			Model model) {
		return overview(model, user, this.status.report(user, StatusApiController.yearMonth(year, month)), false);
	}

	@GetMapping("/{year}/{month}/departments/{code}")
	String department(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month,
			@PathVariable String code, Model model) {
		StatusReport report = this.status.report(user, StatusApiController.yearMonth(year, month));
		return department(model, user, report, code, false);
	}

	@GetMapping("/{year}/{month}/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month) {
		return csv(this.status.report(user, StatusApiController.yearMonth(year, month)));
	}

	@GetMapping("/{year}/{month}/xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month) {
		return xlsx(this.status.report(user, StatusApiController.yearMonth(year, month)));
	}

	@GetMapping("/snapshots")
	String snapshots(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("snapshots", this.snapshots.snapshots(user));
		model.addAttribute("lastMonth", YearMonth.now(this.clock).minusMonths(1));
		return "status/snapshots";
	}

	@PostMapping("/snapshots")
	String createSnapshot(@AuthenticationPrincipal CurrentUser user, @RequestParam String month,
			RedirectAttributes redirect) {
		if (!user.has(Role.ADMIN)) {
			throw new ForbiddenException("only administrators freeze a month by hand");
		}
		YearMonth chosen;
		try {
			chosen = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("flashError", "snapshot.month.invalid");
			return "redirect:/status/snapshots";
		}
		if (!chosen.atEndOfMonth().isBefore(LocalDate.now(this.clock))) {
			redirect.addFlashAttribute("flashError", "snapshot.month.notEnded");
			return "redirect:/status/snapshots";
		}
		this.snapshots.createSnapshot(chosen);
		redirect.addFlashAttribute("flash", "snapshot.created");
		return "redirect:/status/snapshots/" + chosen.getYear() + "/" + chosen.getMonthValue();
	}

	@GetMapping("/snapshots/{year}/{month}")
	String snapshot(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable int month,
			Model model) {
		return overview(model, user, this.snapshots.snapshot(user, StatusApiController.yearMonth(year, month)), true);
	}

	@GetMapping("/snapshots/{year}/{month}/departments/{code}")
	String snapshotDepartment(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month, @PathVariable String code, Model model) {
		StatusReport report = this.snapshots.snapshot(user, StatusApiController.yearMonth(year, month));
		return department(model, user, report, code, true);
	}

	@GetMapping("/snapshots/{year}/{month}/csv")
	ResponseEntity<byte[]> snapshotCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month) {
		return csv(this.snapshots.snapshot(user, StatusApiController.yearMonth(year, month)));
	}

	@GetMapping("/snapshots/{year}/{month}/xlsx")
	ResponseEntity<byte[]> snapshotXlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable int month) {
		return xlsx(this.snapshots.snapshot(user, StatusApiController.yearMonth(year, month)));
	}

	private String overview(Model model, CurrentUser user, StatusReport report, boolean snapshot) {
		model.addAttribute("report", report);
		model.addAttribute("central", StatusService.isCentral(user));
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null) {
			rows.add(report.total());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("base", base(report, snapshot));
		model.addAttribute("years", YearMonth.now(this.clock).getYear());
		return "status/overview";
	}

	private String department(Model model, CurrentUser user, StatusReport report, String code, boolean snapshot) {
		model.addAttribute("report", report);
		model.addAttribute("d", StatusService.department(report, user, code));
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("base", base(report, snapshot));
		return "status/department";
	}

	private static String base(StatusReport report, boolean snapshot) {
		return (snapshot ? "/status/snapshots/" : "/status/") + report.year() + "/" + report.month();
	}

	private static ResponseEntity<byte[]> csv(StatusReport report) {
		return download(StatusExport.csv(report), StatusExport.CSV_TYPE, StatusExport.fileName(report, "csv"));
	}

	private static ResponseEntity<byte[]> xlsx(StatusReport report) {
		return download(StatusExport.xlsx(report), StatusExport.XLSX_TYPE, StatusExport.fileName(report, "xlsx"));
	}

	private static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
