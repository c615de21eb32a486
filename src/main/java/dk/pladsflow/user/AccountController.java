package dk.pladsflow.user;

import dk.pladsflow.shared.web.FieldRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The user's own page: change the password (which ends the user's other sessions).
 */
@Controller
class AccountController {

	private final UserService users;

	AccountController(UserService users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, RedirectAttributes redirect) {
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "password.current.required");
		}
		if (!form.confirmed()) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				this.users.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword(),
						request.getRemoteAddr(), (session != null) ? session.getId() : null);
				redirect.addFlashAttribute("flash", "password.changed");
				return "redirect:/";
			}
			catch (FieldRejectedException ex) {
				ex.addTo(result);
			}
		}
		return "account/password";
	}

}
