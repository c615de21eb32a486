package dk.pladsflow.shared.web;

import org.springframework.security.access.AccessDeniedException;

/**
 * The current user may not see or change this (another department's data). Shown as the
 * 403 page. A subclass of Spring Security's exception so that the security filter chain
 * and the error pages treat both alike.
 */
public class ForbiddenException extends AccessDeniedException {

	public ForbiddenException(String message) {
		super(message);
	}

	/**
	 * Refuses unless the user may: the facades' check of a {@code Permissions} right.
	 * @param allowed whether the user may
	 * @param why what is refused, for the log (never shown to the user)
	 * @throws ForbiddenException when not allowed
	 */
	public static void unless(boolean allowed, String why) {
		if (!allowed) {
			throw new ForbiddenException(why);
		}
	}

}
