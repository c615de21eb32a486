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

}
