package dk.pladsflow.deadline;

import java.time.LocalDate;

import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.user.CurrentUser;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hearing's forms on the slot page: plain POSTs followed by a redirect back to the
 * slot's hearing section. The service decides who may.
 */
@Controller
class HearingController {

	private final HearingService hearings;

	HearingController(HearingService hearings) {
		this.hearings = hearings;
	}

	@PostMapping("/slots/{id}/hearing/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") @Size(max = HearingService.MAX_TEXT) String answer,
			@RequestParam(defaultValue = "false") boolean keep, RedirectAttributes redirect) {
		return act(id, redirect, "hearing.answered", () -> this.hearings.answer(user, id, version, answer, keep));
	}

	@PostMapping("/slots/{id}/hearing/extension")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate until,
			@RequestParam(defaultValue = "") @Size(max = HearingService.MAX_TEXT) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "hearing.extended", () -> this.hearings.extend(user, id, version, until, reason));
	}

	private static String act(long slotId, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("flashError", ex.messageCode());
		}
		return "redirect:/slots/" + slotId + "#hearing";
	}

}
