package dk.pladsflow.user;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a browser sees when its session has ended, checked before Spring Security looks at
 * the request: the login page with a message ({@code /login?expired}) and the session
 * cookie removed, so that the next page does not ask again.
 * <p>
 * A session ends when it was idle longer than {@code server.servlet.session.timeout},
 * when the user's rights or password changed ({@link UserSessions}), or, checked here on
 * every request, when it is older than
 * {@code pladsflow.security.session-absolute-timeout} however active it was (ASVS 3.3.2).
 */
class EndedSessions extends OncePerRequestFilter {

	static final String LOGIN_PAGE = "/login?expired";

	private final CookieSerializer cookies;

	private final Duration absoluteTimeout;

	private final Clock clock;

	EndedSessions(CookieSerializer cookies, Duration absoluteTimeout, Clock clock) {
		this.cookies = cookies;
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
				&& !"/login".equals(request.getServletPath())) {
			// the request names a session that no longer exists; the login page itself
			// (and its form) simply goes on without it
			toLoginPage(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null && Instant.ofEpochMilli(session.getCreationTime())
			.plus(this.absoluteTimeout)
			.isBefore(this.clock.instant())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			toLoginPage(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void toLoginPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.cookies.writeCookieValue(new CookieValue(request, response, ""));
		response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
	}

}
