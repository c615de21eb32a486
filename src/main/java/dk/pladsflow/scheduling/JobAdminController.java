package dk.pladsflow.scheduling;

import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of scheduled jobs ({@code /admin/*} is for administrators
 * only).
 */
@Controller
@RequestMapping("/admin/jobs")
class JobAdminController {

	private static final int ACTIONS_SHOWN = 20;

	private final JobAdministration jobs;

	JobAdminController(JobAdministration jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("jobs", this.jobs.jobs(user));
		model.addAttribute("actions", this.jobs.recentActions(user, ACTIONS_SHOWN));
		return "admin/jobs/list";
	}

	@PostMapping("/{name}/{action:run|pause|resume}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String name, @PathVariable String action,
			RedirectAttributes redirect) {
		switch (action) {
			case "run" -> this.jobs.runNow(name, user);
			case "pause" -> this.jobs.pause(name, user);
			default -> this.jobs.resume(name, user);
		}
		redirect.addFlashAttribute("flash", "jobs.done." + action);
		return "redirect:/admin/jobs";
	}

}
