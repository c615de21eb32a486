package dk.pladsflow.deadline;

import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.user.CurrentUser;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The half-yearly follow-ups: the list, one review with its department's slots, and the
 * consultant's completion. The service decides who may see and do what.
 */
@Controller
class FollowUpController {

	private static final int PAGE_SIZE = 25;

	private final FollowUpService followUps;

	FollowUpController(FollowUpService followUps) {
		this.followUps = followUps;
	}

	@GetMapping("/follow-ups")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reviews", this.followUps.list(user));
		return "deadline/follow-ups";
	}

	@GetMapping("/follow-ups/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("review", this.followUps.review(user, id));
		model.addAttribute("page", this.followUps.slots(user, id, PageNumbers.of(page, PAGE_SIZE)));
		return "deadline/follow-up";
	}

	@PostMapping("/follow-ups/{id}/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") @Size(max = FollowUpService.MAX_NOTE) String note,
			RedirectAttributes redirect) {
		this.followUps.complete(user, id, version, note);
		redirect.addFlashAttribute("flash", "followUp.completed");
		return "redirect:/follow-ups/" + id;
	}

}
