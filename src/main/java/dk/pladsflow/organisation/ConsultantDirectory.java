package dk.pladsflow.organisation;

import java.util.Collection;
import java.util.Map;

/**
 * The consultants a department's contact consultant can be chosen from. Implemented by
 * the user module, so that the organisation does not depend on it.
 */
public interface ConsultantDirectory {

	/**
	 * Every active consultant.
	 * @return user id to display name, ordered by name
	 */
	Map<Long, String> activeConsultants();

	/**
	 * The names of the given users, in one query.
	 * @param userIds user ids
	 * @return user id to display name, for those that exist
	 */
	Map<Long, String> namesOf(Collection<Long> userIds);

	/**
	 * Whether the user is an active consultant.
	 * @param userId user id
	 * @return true if so
	 */
	boolean isActiveConsultant(long userId);

}
