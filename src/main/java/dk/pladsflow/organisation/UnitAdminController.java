package dk.pladsflow.organisation;

import dk.pladsflow.shared.web.BadRequestException;
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
	String create(@AuthenticationPrincipal OrganisationCaller user, @RequestParam long departmentId, Model model) {
		return form(user, model, UnitForm.empty(departmentId), null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal OrganisationCaller user, @Valid @ModelAttribute("form") UnitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.organisation.createUnit(user, form.departmentId(), form.toData());
				redirect.addFlashAttribute("flash", "unit.created");
				return "redirect:/admin/departments/" + form.departmentId();
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(user, model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id, Model model) {
		UnitSummary unit = this.organisation.unitToAdminister(user, id);
		return form(user, model, UnitForm.of(unit), unit);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id,
			@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UnitSummary unit = this.organisation.unitToAdminister(user, id);
		if (!result.hasErrors()) {
			try {
				this.organisation.updateUnit(user, id, form.version(), form.toData());
				redirect.addFlashAttribute("flash", "unit.saved");
				return "redirect:/admin/departments/" + unit.departmentId();
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(user, model, form, unit);
	}

	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal OrganisationCaller user, @PathVariable long id,
			@RequestParam long version, @RequestParam boolean active, RedirectAttributes redirect) {
		UnitSummary unit = this.organisation.unitToAdminister(user, id);
		this.organisation.setUnitActive(user, id, version, active);
		redirect.addFlashAttribute("flash", active ? "unit.activated" : "unit.deactivated");
		return "redirect:/admin/departments/" + unit.departmentId();
	}

	private String form(OrganisationCaller user, Model model, UnitForm form, UnitSummary unit) {
		this.organisation.checkAdminister(user);
		if (form.departmentId() == null) {
			// the form carries its department hidden: without one the request was not
			// made by it
			throw new BadRequestException("unit.department.missing");
		}
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("department", this.organisation.departmentToAdminister(user, form.departmentId()));
		return "admin/units/form";
	}

}
