package dk.pladsflow.organisation;

import java.util.List;
import java.util.Objects;

import dk.pladsflow.shared.web.FieldRejectedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrator pages for departments (and the list of each one's units).
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

	private final OrganisationService organisation;

	private final ConsultantDirectory consultants;

	DepartmentAdminController(OrganisationService organisation, ConsultantDirectory consultants) {
		this.organisation = organisation;
		this.consultants = consultants;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OrganisationCaller user, Model model) {
		List<DepartmentSummary> departments = this.organisation.departmentsToAdminister(user);
		model.addAttribute("departments", departments);
		// the contact consultants' names only where they are shown, not with every
		// department summary the application reads
		model.addAttribute("consultantNames", this.consultants.namesOf(
				departments.stream().map(DepartmentSummary::contactConsultantId).filter(Objects::nonNull).toList()));
		return "admin/departments/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal OrganisationCaller user, Model model) {
		return form(user, model, DepartmentForm.empty(), null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal OrganisationCaller user, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.organisation.createDepartment(user, form.toData());
				redirect.addFlashAttribute("flash", "department.created");
				return "redirect:/admin/departments/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(user, model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id, Model model) {
		DepartmentSummary department = this.organisation.departmentToAdminister(user, id);
		return form(user, model, DepartmentForm.of(department), department);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id,
			@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DepartmentSummary department = this.organisation.departmentToAdminister(user, id);
		if (!result.hasErrors()) {
			try {
				this.organisation.updateDepartment(user, id, form.version(), form.toData());
				redirect.addFlashAttribute("flash", "department.saved");
				return "redirect:/admin/departments/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(user, model, form, department);
	}

	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id,
			@RequestParam long version, @RequestParam boolean active, RedirectAttributes redirect) {
		this.organisation.setDepartmentActive(user, id, version, active);
		redirect.addFlashAttribute("flash", active ? "department.activated" : "department.deactivated");
		return "redirect:/admin/departments/" + id;
	}

	private String form(OrganisationCaller user, Model model, DepartmentForm form, DepartmentSummary department) {
		// a form shown again (its input refused) asks the facade too: it is shown to
		// administrators only
		this.organisation.checkAdminister(user);
		model.addAttribute("form", form);
		model.addAttribute("department", department);
		model.addAttribute("consultants", this.consultants.activeConsultants());
		if (department != null) {
			model.addAttribute("units", this.organisation.units(department.id()));
		}
		return "admin/departments/form";
	}

}
