package dk.pladsflow.placement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.shared.csv.ImportPage;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.user.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placements for consultants and administrators: the list, registration by hand, ending a
 * placement, and the CSV import. {@link PlacementService} decides who may.
 */
@Controller
@RequestMapping("/placements")
class PlacementController {

	private static final ImportPage IMPORT = new ImportPage("placement", PlacementService.IMPORT_REQUIRED,
			PlacementService.IMPORT_OPTIONAL, "/placements/import", "/placements");

	private static final int PAGE_SIZE = 50;

	private final PlacementService placements;

	private final OrganisationService organisation;

	PlacementController(PlacementService placements, OrganisationService organisation) {
		this.placements = placements;
		this.organisation = organisation;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) Scheme scheme, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		PlacementFilter filter = new PlacementFilter(departmentId, scheme, year, q);
		model.addAttribute("placements", this.placements.list(user, filter, PageNumbers.of(page, PAGE_SIZE)));
		model.addAttribute("filter", filter);
		return lists(model, "placements/list");
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.placements.checkAccess(user);
		model.addAttribute("form", PlacementForm.empty());
		return lists(model, "placements/form");
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PlacementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.placements.checkAccess(user);
		if (!result.hasErrors() && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
			result.rejectValue("endDate", "placement.end.beforeStart");
		}
		if (!result.hasErrors()) {
			try {
				this.placements.register(user, form.toData());
				redirect.addFlashAttribute("flash", "placement.created");
				return "redirect:/placements?departmentId=" + form.departmentId();
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return lists(model, "placements/form");
	}

	@PostMapping("/{id}/end")
	String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam LocalDate endDate,
			RedirectAttributes redirect) {
		PlacementSummary placement = this.placements.placement(user, id);
		if (endDate.isBefore(placement.startDate())) {
			redirect.addFlashAttribute("flashError", "placement.end.beforeStart");
		}
		else {
			this.placements.end(user, id, endDate);
			redirect.addFlashAttribute("flash", "placement.ended");
		}
		return "redirect:/placements?departmentId=" + placement.departmentId();
	}

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.placements.checkAccess(user);
		return IMPORT.render(model, null);
	}

	@PostMapping("/import")
	String importFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		this.placements.checkAccess(user);
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		return IMPORT.run(model, redirect, () -> this.placements.importCsv(user, content), "placement.imported",
				"/placements");
	}

	private String lists(Model model, String view) {
		List<DepartmentSummary> departments = this.organisation.allDepartments();
		List<UnitSummary> units = this.organisation.allUnits();
		model.addAttribute("departments", departments);
		model.addAttribute("units", units);
		// the list's rows name their department and unit by look-up, not by a search
		// through every unit per row
		model.addAttribute("departmentCodes",
				departments.stream().collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::code)));
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name)));
		model.addAttribute("schemes", Arrays.asList(Scheme.values()));
		model.addAttribute("sectors", Arrays.asList(Sector.values()));
		return view;
	}

}
