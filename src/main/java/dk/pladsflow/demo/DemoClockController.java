package dk.pladsflow.demo;

import java.time.Clock;
import java.time.Duration;

import dk.pladsflow.shared.AdjustableClock;
import dk.pladsflow.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo clock (administrators, demo set-up only): move the application's time forward
 * to show what happens when days pass. Outside the demo set-up the page does not exist
 * (404), so a production configuration has no such control.
 */
@Controller
@RequestMapping("/admin/clock")
class DemoClockController {

	private final DemoMode demo;

	private final Clock clock;

	DemoClockController(DemoMode demo, Clock clock) {
		this.demo = demo;
		this.clock = clock;
	}

	@GetMapping
	String show(Model model) {
		AdjustableClock adjustable = adjustable();
		model.addAttribute("now", adjustable.instant());
		model.addAttribute("offsetDays", adjustable.offset().toDays());
		model.addAttribute("offsetHours", adjustable.offset().toHoursPart());
		return "admin/clock";
	}

	@PostMapping("/advance")
	String advance(@RequestParam(defaultValue = "1") int days, RedirectAttributes redirect) {
		adjustable().advance(Duration.ofDays(Math.max(0, Math.min(days, 400))));
		redirect.addFlashAttribute("flash", "demoClock.advanced");
		return "redirect:/admin/clock";
	}

	@PostMapping("/reset")
	String reset(RedirectAttributes redirect) {
		adjustable().reset();
		redirect.addFlashAttribute("flash", "demoClock.wasReset");
		return "redirect:/admin/clock";
	}

	private AdjustableClock adjustable() {
		if (!this.demo.isActive() || !(this.clock instanceof AdjustableClock adjustable)) {
			throw new NotFoundException("Demo clock", "");
		}
		return adjustable;
	}

}
