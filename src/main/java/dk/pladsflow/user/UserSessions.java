package dk.pladsflow.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions when what the user may do changed (ASVS 3.3.3, 3.3.4): found
 * through Spring Session's index by principal name and deleted. The sessions live in the
 * database and are deleted by plain statements that take part in the transaction of the
 * change ({@link SessionStoreConfiguration}), so the change and the end of the sessions
 * are committed together, for every instance at once. The next request of such a session
 * finds none and is answered with the login page and a message ({@code /login?expired}).
 */
@Component
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the user but one.
	 * @param username the user's login name (the sessions' principal name)
	 * @param keepSessionId the session to keep (the one making the change), or null
	 * @return how many sessions were ended
	 */
	int endAll(String username, String keepSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
