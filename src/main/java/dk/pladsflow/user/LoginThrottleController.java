package dk.pladsflow.user;

import java.time.Clock;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see the counts of failed logins and the delays they set off, and clear
 * one. The throttle itself refuses anyone else; {@code /admin/**} is the second line.
 */
@Controller
@RequestMapping("/admin/login-throttles")
class LoginThrottleController {

	private static final int PAGE_SIZE = 50;

	private final LoginThrottle throttle;

	private final Clock clock;

	LoginThrottleController(LoginThrottle throttle, Clock clock) {
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		long total = this.throttle.count(me);
		int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.max(0, Math.min(page, last));
		model.addAttribute("entries", new PageImpl<>(this.throttle.entries(me, number * PAGE_SIZE, PAGE_SIZE),
				PageRequest.of(number, PAGE_SIZE), total));
		model.addAttribute("now", this.clock.instant());
		return "admin/login-throttles";
	}

	@PostMapping("/clear")
	String clear(@AuthenticationPrincipal CurrentUser me, @RequestParam String scope,
			@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String address,
			RedirectAttributes redirect) {
		if (this.throttle.clear(me, scope, account, address)) {
			redirect.addFlashAttribute("flash", "throttle.cleared");
		}
		return "redirect:/admin/login-throttles";
	}

}
