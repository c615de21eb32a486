package dk.pladsflow.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.user.EmployerContact;
import dk.pladsflow.user.UserService;

import org.springframework.stereotype.Component;

/**
 * Who must act, for many slots at once: one query for the contact consultants and one for
 * the employers of all the departments concerned, never one per slot.
 */
@Component
class Recipients {

	private final OrganisationService organisation;

	private final UserService users;

	Recipients(OrganisationService organisation, UserService users) {
		this.organisation = organisation;
		this.users = users;
	}

	/**
	 * Resolves the departments' people once.
	 * @param departmentIds the departments concerned
	 * @return a lookup
	 */
	Lookup of(Collection<Long> departmentIds) {
		if (departmentIds.isEmpty()) {
			return new Lookup(Map.of(), Map.of());
		}
		Map<Long, Long> consultants = this.organisation.allDepartments()
			.stream()
			.filter((d) -> d.contactConsultantId() != null)
			.collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::contactConsultantId));
		Map<Long, List<EmployerContact>> employers = this.users.employersOf(Set.copyOf(departmentIds))
			.stream()
			.collect(Collectors.groupingBy(EmployerContact::departmentId));
		return new Lookup(consultants, employers);
	}

	record Lookup(Map<Long, Long> consultants, Map<Long, List<EmployerContact>> employers) {

		Set<Long> consultant(long departmentId) {
			Long id = this.consultants.get(departmentId);
			return (id != null) ? Set.of(id) : Set.of();
		}

		Set<Long> employers(long departmentId, long unitId) {
			return this.employers.getOrDefault(departmentId, List.of())
				.stream()
				.filter((e) -> e.coversUnit(unitId))
				.map(EmployerContact::userId)
				.collect(Collectors.toCollection(java.util.TreeSet::new));
		}

	}

}
