package dk.pladsflow.status;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.csv.CsvValues;
import dk.pladsflow.shared.csv.ImportPage;
import dk.pladsflow.shared.web.Years;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for the target figures: a year's targets of every department, a
 * department's breakdown to its units, and the CSV import. ({@code /admin/**} is for
 * administrators only; the service checks again.)
 */
@Controller
@RequestMapping("/admin/targets")
class TargetAdminController {

	private static final ImportPage IMPORT = new ImportPage("target", TargetService.IMPORT_COLUMNS, List.of(),
			"/admin/targets/import", "/admin/targets");

	private final TargetService targets;

	private final OrganisationService organisation;

	private final Clock clock;

	TargetAdminController(TargetService targets, OrganisationService organisation, Clock clock) {
		this.targets = targets;
		this.organisation = organisation;
		this.clock = clock;
	}

	@GetMapping
	String year(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		int chosen = (year != null && Years.isValid(year)) ? year : Year.now(this.clock).getValue();
		List<Targets> all = this.targets.targetsToAdminister(user, chosen);
		model.addAttribute("year", chosen);
		model.addAttribute("municipalityTargets", this.targets.municipalityTargets(chosen).orElse(null));
		model.addAttribute("rows",
				this.organisation.activeDepartments()
					.stream()
					.map((d) -> new Row(d.id(), d.label(), find(all, d.id(), null),
							all.stream().filter((t) -> t.departmentId() == d.id() && t.unitId() != null).count()))
					.toList());
		return "admin/targets/year";
	}

	@GetMapping("/{year}/{departmentId}")
	String department(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable long departmentId, Model model) {
		List<Targets> all = this.targets.targetsToAdminister(user, Years.year(year))
			.stream()
			.filter((t) -> t.departmentId() == departmentId)
			.toList();
		List<Row> rows = new ArrayList<>();
		DepartmentSummary department = this.organisation.department(departmentId);
		rows.add(new Row(null, null, find(all, departmentId, null), 0));
		this.organisation.units(departmentId)
			.forEach((u) -> rows.add(new Row(u.id(), u.name(), find(all, departmentId, u.id()), 0)));
		model.addAttribute("year", year);
		model.addAttribute("department", department);
		model.addAttribute("rows", rows);
		return "admin/targets/department";
	}

	@PostMapping("/{year}/{departmentId}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable long departmentId,
			@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "0") long version,
			@RequestParam(defaultValue = "") String combinedTarget,
			@RequestParam(defaultValue = "") String flexJobTarget, RedirectAttributes redirect) {
		Years.year(year);
		save(user, (unitId != null) ? "target-" + unitId : "target-department", combinedTarget, flexJobTarget, redirect,
				(entered) -> this.targets.setTargets(user, departmentId, unitId, year, version, entered.combined(),
						entered.flexJob()));
		return "redirect:/admin/targets/" + year + "/" + departmentId;
	}

	@PostMapping("/{year}/municipality")
	String saveMunicipality(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@RequestParam(defaultValue = "0") long version, @RequestParam(defaultValue = "") String combinedTarget,
			@RequestParam(defaultValue = "") String flexJobTarget, RedirectAttributes redirect) {
		Years.year(year);
		save(user, "municipality", combinedTarget, flexJobTarget, redirect, (entered) -> this.targets
			.setMunicipalityTargets(user, year, version, entered.combined(), entered.flexJob()));
		return "redirect:/admin/targets?year=" + year;
	}

	/**
	 * Saves the targets as typed, if they are valid, and says which it was: refused input
	 * comes back in its row, with a message by each field that could not be read.
	 */
	private void save(CurrentUser user, String form, String combinedTarget, String flexJobTarget,
			RedirectAttributes redirect, Consumer<Entered> save) {
		// refused input never reaches the facade's setter: ask it first
		this.targets.checkAdminister(user);
		Entered entered = Entered.of(combinedTarget, flexJobTarget);
		if (entered == null) {
			redirect.addFlashAttribute("flashError", "target.invalid");
			redirect.addFlashAttribute("rejected", new Rejected(form, combinedTarget, flexJobTarget));
		}
		else {
			save.accept(entered);
			redirect.addFlashAttribute("flash", "target.saved");
		}
	}

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.targets.checkAdminister(user);
		return IMPORT.render(model, null);
	}

	@PostMapping("/import")
	String importFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		return IMPORT.run(model, redirect, () -> this.targets.importCsv(user, content), "target.imported",
				"/admin/targets");
	}

	private static Targets find(List<Targets> targets, long departmentId, Long unitId) {
		return targets.stream()
			.filter((t) -> t.departmentId() == departmentId && Objects.equals(t.unitId(), unitId))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The two targets as typed into a form: decimals with a comma or a point, empty for
	 * none; the combined target with at most two decimals and seven digits before them
	 * (the column's numeric(9,2)), the flex-job target a whole number of persons.
	 *
	 * @param combined the combined target, or null
	 * @param flexJob the flex-job target, or null
	 */
	record Entered(BigDecimal combined, Integer flexJob) {

		/**
		 * @param combinedText the combined target as typed
		 * @param flexJobText the flex-job target as typed
		 * @return the targets, or null where either is not a valid target
		 */
		static Entered of(String combinedText, String flexJobText) {
			return (validCombined(combinedText) && validFlexJob(flexJobText))
					? new Entered(CsvValues.decimal(combinedText.trim()).orElse(null),
							TargetService.wholeNumber(flexJobText.trim()))
					: null;
		}

		static boolean validCombined(String text) {
			return text.isBlank() || TargetService.isValidCombined(CsvValues.decimal(text.trim()).orElse(null));
		}

		static boolean validFlexJob(String text) {
			return text.isBlank() || TargetService.wholeNumber(text.trim()) != null;
		}

	}

	/**
	 * Targets refused as typed, shown again in the form they came from (a flash
	 * attribute, so it is stored with the session).
	 *
	 * @param form the form: {@code municipality}, {@code target-department} or
	 * {@code target-}unit id
	 * @param combined the combined target as typed
	 * @param flexJob the flex-job target as typed
	 */
	record Rejected(String form, String combined, String flexJob) implements Serializable {

		public boolean combinedInvalid() {
			return !Entered.validCombined(this.combined);
		}

		public boolean flexJobInvalid() {
			return !Entered.validFlexJob(this.flexJob);
		}

	}

	/**
	 * One line of a targets page: a department (on the year's page) or a unit (null: the
	 * department itself) on a department's page.
	 *
	 * @param id the department's or unit's id
	 * @param name its name
	 * @param targets its targets, or null
	 * @param units how many units have a share (year's page)
	 */
	record Row(Long id, String name, Targets targets, long units) {
	}

}
