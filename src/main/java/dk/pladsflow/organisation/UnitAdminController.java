package dk.pladsflow.organisation;

import dk.pladsflow.shared.web.BadRequestException;
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
 * Administrator pages for units.
 */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private final OrganisationService organisation;

	UnitAdminController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/new")
	String create(@RequestParam long departmentId, Model model) {
		return form(model, UnitForm.empty(departmentId), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.organisation.createUnit(form.departmentId(), form.toData());
				redirect.addFlashAttribute("flash", "unit.created");
				return "redirect:/admin/departments/" + form.departmentId();
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UnitSummary unit = this.organisation.unit(id);
		return form(model, UnitForm.of(unit), unit);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitSummary unit = this.organisation.unit(id);
		if (!result.hasErrors()) {
			try {
				this.organisation.updateUnit(id, form.version(), form.toData());
				redirect.addFlashAttribute("flash", "unit.saved");
				return "redirect:/admin/departments/" + unit.departmentId();
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(model, form, unit);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam long version, @RequestParam boolean active,
			RedirectAttributes redirect) {
		UnitSummary unit = this.organisation.unit(id);
		this.organisation.setUnitActive(id, version, active);
		redirect.addFlashAttribute("flash", active ? "unit.activated" : "unit.deactivated");
		return "redirect:/admin/departments/" + unit.departmentId();
	}

	private String form(Model model, UnitForm form, UnitSummary unit) {
		if (form.departmentId() == null) {
			// the form carries its department hidden: without one the request was not
			// made by it
			throw new BadRequestException("unit.department.missing");
		}
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("department", this.organisation.department(form.departmentId()));
		return "admin/units/form";
	}

}
