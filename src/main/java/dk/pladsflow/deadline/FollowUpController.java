package dk.pladsflow.deadline;

import java.time.Clock;
import java.time.LocalDate;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.web.FieldRejectedException;
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
 * The half-yearly follow-ups: the list, one review with its department's slots and their
 * ages, the consultant's proposal and completion, and the comments of the department's
 * employers and managers. The service decides who may see and do what.
 */
@Controller
class FollowUpController {

	private static final int PAGE_SIZE = 25;

	private final FollowUpService followUps;

	private final Clock clock;

	FollowUpController(FollowUpService followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	@GetMapping("/follow-ups")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("reviews", this.followUps.list(user));
		model.addAttribute("today", today());
		return "deadline/follow-ups";
	}

	@GetMapping("/follow-ups/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		FollowUpReview review = this.followUps.review(user, id);
		model.addAttribute("review", review);
		model.addAttribute("today", today());
		model.addAttribute("page", this.followUps.slots(user, id, PageNumbers.of(page, PAGE_SIZE)));
		model.addAttribute("comments", this.followUps.comments(user, id));
		model.addAttribute("mayComplete", user.may().completeFollowUps());
		model.addAttribute("mayComment", FollowUpService.mayComment(user, review));
		return "deadline/follow-up";
	}

	@PostMapping("/follow-ups/{id}/proposal")
	String propose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String proposal, RedirectAttributes redirect) {
		this.followUps.propose(user, id, version, proposal);
		redirect.addFlashAttribute("flash", "followUp.proposed");
		return "redirect:/follow-ups/" + id;
	}

	@PostMapping("/follow-ups/{id}/comments")
	String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			this.followUps.comment(user, id, comment);
			redirect.addFlashAttribute("flash", "followUp.commented");
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("commentError", ex.messageCode());
			redirect.addFlashAttribute("commentInput", comment);
		}
		return "redirect:/follow-ups/" + id + "#comments";
	}

	@PostMapping("/follow-ups/{id}/complete")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") @Size(max = FollowUpService.MAX_NOTE) String note,
			RedirectAttributes redirect) {
		this.followUps.complete(user, id, version, note);
		redirect.addFlashAttribute("flash", "followUp.completed");
		return "redirect:/follow-ups/" + id;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
	}

}
