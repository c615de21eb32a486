package dk.pladsflow.notification;

import java.util.Locale;

import dk.pladsflow.shared.web.PageNumbers;
import dk.pladsflow.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The logged-in user's notifications: the list, mark one read, mark all read.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private static final int PAGE_SIZE = 20;

	private final Inbox inbox;

	private final MessageSource messages;

	NotificationController(Inbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		Page<Inbox.Entry> entries = this.inbox.page(user.id(), PageNumbers.of(page, PAGE_SIZE));
		model.addAttribute("notifications", entries
			.map((e) -> new Row(e, this.messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))));
		return "notifications/list";
	}

	@PostMapping("/{id}/read")
	String markRead(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page) {
		this.inbox.markRead(user.id(), id);
		return "redirect:/notifications?page=" + Math.max(page, 0);
	}

	@PostMapping("/read-all")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.inbox.markAllRead(user.id());
		redirect.addFlashAttribute("flash", "notification.allRead");
		return "redirect:/notifications";
	}

	/**
	 * A notification with its text in the reader's language.
	 *
	 * @param entry the notification
	 * @param text its text
	 */
	record Row(Inbox.Entry entry, String text) {
	}

}
