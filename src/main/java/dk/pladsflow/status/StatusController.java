package dk.pladsflow.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.pladsflow.shared.export.Downloads;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.status.StatusReport.DepartmentReport;
import dk.pladsflow.user.CurrentUser;

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

	/**
	 * Workbooks as made, by the very report they were made from (weak keys compare by
	 * identity): a kept report is one object until its data changes, and a workbook takes
	 * Apache POI most of a page's time to write.
	 */
	private final Cache<StatusReport, byte[]> workbooks = Caffeine.newBuilder().weakKeys().maximumSize(16).build();

	StatusController(StatusService status, SnapshotService snapshots, Clock clock) {
		this.status = status;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@GetMapping
	String choose(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month) {
		YearMonth chosen = YearMonth.now(this.clock);
		if (year != null && month != null && Years.isValid(year) && month >= 1 && month <= 12) {
			chosen = YearMonth.of(year, month);
		}
		return "redirect:/status/" + chosen.getYear() + "/" + chosen.getMonthValue();
	}

	@GetMapping({ "/{year}/{month}", "/{source:snapshots}/{year}/{month}" })
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) String source,
			@PathVariable int year, @PathVariable int month, Model model) {
		StatusReport report = load(user, source, year, month);
		model.addAttribute("central", StatusService.isCentral(user));
		List<DepartmentReport> rows = new ArrayList<>(report.departments());
		if (report.total() != null) {
			rows.add(report.total());
		}
		model.addAttribute("rows", rows);
		model.addAttribute("years", YearMonth.now(this.clock).getYear());
		return page(model, report, source, "status/overview");
	}

	@GetMapping({ "/{year}/{month}/departments/{code}", "/{source:snapshots}/{year}/{month}/departments/{code}" })
	String department(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) String source,
			@PathVariable int year, @PathVariable int month, @PathVariable String code, Model model) {
		StatusReport report = load(user, source, year, month);
		model.addAttribute("d", StatusService.department(report, user, code));
		return page(model, report, source, "status/department");
	}

	@GetMapping({ "/{year}/{month}/csv", "/{source:snapshots}/{year}/{month}/csv" })
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) String source,
			@PathVariable int year, @PathVariable int month) {
		StatusReport report = load(user, source, year, month);
		return Downloads.attachment(StatusExport.csv(report), Downloads.CSV_TYPE, StatusExport.fileName(report, "csv"));
	}

	@GetMapping({ "/{year}/{month}/xlsx", "/{source:snapshots}/{year}/{month}/xlsx" })
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user,
			@PathVariable(required = false) String source, @PathVariable int year, @PathVariable int month) {
		StatusReport report = load(user, source, year, month);
		return Downloads.attachment(this.workbooks.get(report, StatusExport::xlsx), Downloads.XLSX_TYPE,
				StatusExport.fileName(report, "xlsx"));
	}

	/**
	 * The live report, or the month's snapshot where the path starts with
	 * {@code /status/snapshots}.
	 */
	private StatusReport load(CurrentUser user, String source, int year, int month) {
		YearMonth chosen = StatusApiController.yearMonth(year, month);
		return (source != null) ? this.snapshots.snapshot(user, chosen) : this.status.report(user, chosen);
	}

	private static String page(Model model, StatusReport report, String source, String view) {
		boolean snapshot = source != null;
		model.addAttribute("report", report);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("base",
				(snapshot ? "/status/snapshots/" : "/status/") + report.year() + "/" + report.month());
		return view;
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
		this.snapshots.checkMayFreeze(user);
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

}
