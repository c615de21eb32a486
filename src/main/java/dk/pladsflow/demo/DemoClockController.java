package dk.pladsflow.demo;

import dk.pladsflow.shared.AdjustableClock;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo clock page (administrators, demo set-up only): move the application's time
 * forward to show what happens when days pass. Outside the demo set-up the page does not
 * exist (404), so a production configuration has no such control.
 * {@link DemoClockAdministration} decides both.
 */
@Controller
@RequestMapping("/admin/clock")
class DemoClockController {

	private final DemoClockAdministration clock;

	DemoClockController(DemoClockAdministration clock) {
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		AdjustableClock adjustable = this.clock.read(user);
		model.addAttribute("now", adjustable.instant());
		model.addAttribute("offsetDays", adjustable.offset().toDays());
		model.addAttribute("offsetHours", adjustable.offset().toHoursPart());
		return "admin/clock";
	}

	@PostMapping("/advance")
	String advance(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "1") int days,
			RedirectAttributes redirect) {
		this.clock.advance(user, days);
		redirect.addFlashAttribute("flash", "demoClock.advanced");
		return "redirect:/admin/clock";
	}

	@PostMapping("/reset")
	String reset(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.clock.reset(user);
		redirect.addFlashAttribute("flash", "demoClock.wasReset");
		return "redirect:/admin/clock";
	}

}
