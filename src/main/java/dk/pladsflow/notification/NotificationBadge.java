package dk.pladsflow.notification;

import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count in the header, called once per rendered page from the layout
 * ({@code th:with="unread=${@notificationBadge.unread()}"}): one indexed count query, and
 * none for pages that are not rendered with the layout (redirects, fragments, the API).
 */
@Component("notificationBadge")
class NotificationBadge {

	private final Inbox inbox;

	NotificationBadge(Inbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * The logged-in user's unread notifications.
	 * @return the count, 0 when nobody is logged in
	 */
	public long unread() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return this.inbox.unread(user.id());
		}
		return 0;
	}

}
