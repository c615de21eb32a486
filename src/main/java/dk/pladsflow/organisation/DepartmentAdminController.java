package dk.pladsflow.organisation;

import java.util.List;
import java.util.Objects;

import dk.pladsflow.shared.web.FieldRejectedException;
import jakarta.validation.Valid;

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
	String list(Model model) {
		List<DepartmentSummary> departments = this.organisation.allDepartments();
		model.addAttribute("departments", departments);
		// the contact consultants' names only where they are shown, not with every
		// department summary the application reads
		model.addAttribute("consultantNames", this.consultants.namesOf(
				departments.stream().map(DepartmentSummary::contactConsultantId).filter(Objects::nonNull).toList()));
		return "admin/departments/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, DepartmentForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.organisation.createDepartment(form.toData());
				redirect.addFlashAttribute("flash", "department.created");
				return "redirect:/admin/departments/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		DepartmentSummary department = this.organisation.department(id);
		return form(model, DepartmentForm.of(department), department);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		DepartmentSummary department = this.organisation.department(id);
		if (!result.hasErrors()) {
			try {
				this.organisation.updateDepartment(id, form.version(), form.toData());
				redirect.addFlashAttribute("flash", "department.saved");
				return "redirect:/admin/departments/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, department);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam long version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		this.organisation.setDepartmentActive(id, version, active);
		redirect.addFlashAttribute("flash", active ? "department.activated" : "department.deactivated");
		return "redirect:/admin/departments/" + id;
	}

	private String form(Model model, DepartmentForm form, DepartmentSummary department) {
		model.addAttribute("form", form);
		model.addAttribute("department", department);
		model.addAttribute("consultants", this.consultants.activeConsultants());
		if (department != null) {
			model.addAttribute("units", this.organisation.units(department.id()));
		}
		return "admin/departments/form";
	}

}
