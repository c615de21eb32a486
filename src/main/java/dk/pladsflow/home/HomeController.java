package dk.pladsflow.home;

import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.quality.QualityService;
import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.slot.SlotFilter;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page: what the user can do from here. A consultant sees their figures
 * of the quality standard for the month and what is overdue today; an employer their
 * department's week-2 and week-3 figures and their open items (issue 12).
 */
@Controller
class HomeController {

	/** The slots a home page lists; the rest are one link away. */
	static final int ROWS = 5;

	private final OrganisationService organisation;

	private final QualityService quality;

	private final SlotService slots;

	HomeController(OrganisationService organisation, QualityService quality, SlotService slots) {
		this.organisation = organisation;
		this.quality = quality;
		this.slots = slots;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("me", user);
		if (user.departmentId() != null) {
			model.addAttribute("myDepartment", this.organisation.department(user.departmentId()));
			model.addAttribute("myUnits", this.organisation.units(user.unitIds()));
		}
		if (user.may().worklist()) {
			model.addAttribute("consultantFigures", this.quality.consultantFigures(user));
			model.addAttribute("overdue", this.slots.worklist(user, null, true, PageNumbers.of(0, ROWS)));
		}
		if (user.may().inbox() && user.departmentId() != null) {
			model.addAttribute("employerFigures", this.quality.employerFigures(user));
			model.addAttribute("openItems", this.slots.list(user, SlotFilter.inbox(), PageNumbers.of(0, ROWS)));
		}
		return "home";
	}

}
