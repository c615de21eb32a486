package dk.pladsflow.home;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page: what the user can do from here.
 */
@Controller
class HomeController {

	private final OrganisationService organisation;

	HomeController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("me", user);
		if (user.departmentId() != null) {
			model.addAttribute("myDepartment", this.organisation.department(user.departmentId()));
			model.addAttribute("myUnits", this.organisation.units(user.unitIds()));
		}
		return "home";
	}

}
