package dk.pladsflow.user;

import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.shared.web.BadRequestException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.PageNumbers;
import jakarta.validation.Valid;

import org.springframework.data.domain.Sort;
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
 * Administrator pages for user accounts.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final int PAGE_SIZE = 25;

	private final UserService users;

	private final OrganisationService organisation;

	UserAdminController(UserService users, OrganisationService organisation) {
		this.users = users;
		this.organisation = organisation;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("users",
				this.users.search(me, q, role, PageNumbers.of(page, PAGE_SIZE, Sort.by("displayName", "username"))));
		model.addAttribute("departmentCodes",
				this.organisation.allDepartments()
					.stream()
					.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::code)));
		return "admin/users/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal CurrentUser me, Model model) {
		return form(me, model, UserForm.empty(), null);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		// the facade answers first, also for a form that could not be bound
		this.users.checkAdminister(me);
		BadRequestException.requireBound(result);
		if (form.username() == null || form.username().isBlank()) {
			result.rejectValue("username", "NotBlank");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.users.create(me, form.username(), form.password(), form.toData());
				redirect.addFlashAttribute("flash", "user.created");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(me, model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
		UserSummary user = this.users.user(me, id);
		return form(me, model, UserForm.of(user), user);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserSummary user = this.users.user(me, id);
		BadRequestException.requireBound(result);
		if (!result.hasErrors()) {
			try {
				this.users.update(me, id, form.version(), form.toData());
				redirect.addFlashAttribute("flash", "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(me, model, form, user);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("passwordForm") PasswordForm passwordForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserSummary user = this.users.user(me, id);
		if (!passwordForm.confirmed()) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.users.resetPassword(me, id, passwordForm.newPassword());
				redirect.addFlashAttribute("flash", "user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return form(me, model, UserForm.of(user), user);
	}

	@PostMapping("/{id}/active")
	String setActive(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam boolean active, RedirectAttributes redirect) {
		this.users.setActive(me, id, version, active);
		redirect.addFlashAttribute("flash", active ? "user.activated" : "user.deactivated");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(me, id);
		redirect.addFlashAttribute("flash", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	private String form(CurrentUser me, Model model, UserForm form, UserSummary user) {
		// a form shown again (its input refused) asks the facade too
		this.users.checkAdminister(me);
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.empty());
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", this.organisation.allDepartments());
		model.addAttribute("unitsByDepartment",
				this.organisation.allUnits().stream().collect(Collectors.groupingBy(UnitSummary::departmentId)));
		return "admin/users/form";
	}

}
