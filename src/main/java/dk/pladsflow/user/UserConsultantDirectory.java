package dk.pladsflow.user;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.pladsflow.organisation.ConsultantDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants for the organisation module, from the user accounts.
 */
@Component
@Transactional(readOnly = true)
class UserConsultantDirectory implements ConsultantDirectory {

	private final UserRepository users;

	UserConsultantDirectory(UserRepository users) {
		this.users = users;
	}

	@Override
	public Map<Long, String> activeConsultants() {
		Map<Long, String> result = new LinkedHashMap<>();
		this.users.activeWithRole(Role.CONSULTANT).forEach((u) -> result.put(u.getId(), u.getName()));
		return result;
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> userIds) {
		return this.users.namesById(userIds);
	}

	@Override
	public boolean isActiveConsultant(long userId) {
		return this.users.findById(userId)
			.map((u) -> u.toSummary(false))
			.filter((u) -> u.active() && u.roles().contains(Role.CONSULTANT))
			.isPresent();
	}

}
