package dk.pladsflow.deadline;

import java.time.LocalDate;
import java.util.Map;

import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.user.CurrentUser;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hearing's forms on the slot page — plain POSTs followed by a redirect back to the
 * slot's hearing section — and the list of hearings to decide. The service decides who
 * may. A rejected input comes back beside its field, with what was typed.
 */
@Controller
class HearingController {

	private final HearingService hearings;

	HearingController(HearingService hearings) {
		this.hearings = hearings;
	}

	@GetMapping("/hearings")
	String toDecide(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("hearings", this.hearings.toDecide(user));
		return "deadline/hearings";
	}

	@PostMapping("/slots/{id}/hearing/answer")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String choice,
			@RequestParam(defaultValue = "") @Size(max = HearingService.MAX_TEXT) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "keep".equals(choice) ? "hearing.keepSent" : "hearing.closeAnswered",
				Map.of("choice", (choice != null) ? choice : "", "reason", reason), () -> {
					if (!"keep".equals(choice) && !"close".equals(choice)) {
						throw new FieldRejectedException("choice", "hearing.choice.required");
					}
					this.hearings.answer(user, id, version, "keep".equals(choice), reason);
				});
	}

	@PostMapping("/slots/{id}/hearing/extension")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate until,
			@RequestParam(defaultValue = "") @Size(max = HearingService.MAX_TEXT) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "hearing.extended", Map.of("extensionReason", reason),
				() -> this.hearings.extend(user, id, version, until, reason));
	}

	@PostMapping("/slots/{id}/hearing/refusal")
	String refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "hearing.refused", Map.of("refusalReason", reason),
				() -> this.hearings.refuse(user, id, version, reason));
	}

	private static String act(long slotId, RedirectAttributes redirect, String done, Map<String, String> input,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (FieldRejectedException ex) {
			redirect.addFlashAttribute("hearingError", Map.of("field", ex.field(), "code", ex.messageCode()));
			redirect.addFlashAttribute("hearingInput", input);
		}
		return "redirect:/slots/" + slotId + "#hearing";
	}

}
