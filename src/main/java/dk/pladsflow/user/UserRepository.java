package dk.pladsflow.user;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	/**
	 * What a login checks, in one statement that costs the same whether the user exists
	 * or not (the roles and units are read only after a successful check).
	 * @param username the normalised login name
	 * @return the user's id, password hash and whether active, if the user exists
	 */
	@Query("select u.id as id, u.passwordHash as passwordHash, u.active as active from UserAccount u where u.username = :username")
	Optional<LoginCandidate> findLoginCandidate(@Param("username") String username);

	/**
	 * The admin list: filtered by a part of the name or login and by role, one page.
	 */
	@Query(value = """
			select u.id from UserAccount u
			where (:text = '' or lower(u.username) like concat('%', :text, '%')
			                  or lower(u.displayName) like concat('%', :text, '%'))
			  and (:role is null or :role member of u.roles)
			""", countQuery = """
			select count(u) from UserAccount u
			where (:text = '' or lower(u.username) like concat('%', :text, '%')
			                  or lower(u.displayName) like concat('%', :text, '%'))
			  and (:role is null or :role member of u.roles)
			""")
	Page<Long> searchIds(@Param("text") String text, @Param("role") Role role, Pageable pageable);

	List<UserAccount> findByIdIn(Collection<Long> ids);

	@Query("select u.id as id, u.displayName as name from UserAccount u where u.id in :ids")
	List<IdAndName> namesOf(@Param("ids") Collection<Long> ids);

	/**
	 * Display names by user id, in one query.
	 * @param ids user ids
	 * @return the names of those that exist
	 */
	default Map<Long, String> namesById(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			namesOf(ids).forEach((u) -> names.put(u.getId(), u.getName()));
		}
		return names;
	}

	@Query("""
			select u.id as id, u.displayName as name from UserAccount u
			where u.active = true and :role member of u.roles order by u.displayName
			""")
	List<IdAndName> activeWithRole(@Param("role") Role role);

	@Query("""
			select u from UserAccount u
			where u.active = true and u.departmentId in :departments and :role member of u.roles
			""")
	List<UserAccount> activeInDepartmentsWithRole(@Param("departments") Collection<Long> departments,
			@Param("role") Role role);

	@Query("select count(u) > 0 from UserAccount u where u.active = true and :role member of u.roles")
	boolean anyActiveWithRole(@Param("role") Role role);

	/** What a login checks of an account. */
	interface LoginCandidate {

		Long getId();

		String getPasswordHash();

		boolean isActive();

	}

	/** A user id and name. */
	interface IdAndName {

		Long getId();

		String getName();

	}

}
