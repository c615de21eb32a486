package dk.pladsflow.organisation;

import dk.pladsflow.test.Unique;
import dk.pladsflow.user.UserMother;

/**
 * Departments and units for tests, with unique codes and names.
 */
public final class OrganisationMother {

	private OrganisationMother() {
	}

	/**
	 * Stores a department with a unique code.
	 * @param organisation the service
	 * @return the department
	 */
	public static DepartmentSummary department(OrganisationService organisation) {
		String code = Unique.code();
		long id = organisation.createDepartment(UserMother.ADMIN,
				new DepartmentData(code, "Forvaltning " + code, false, null));
		return organisation.department(id);
	}

	/**
	 * Stores a unit with a unique name in the department.
	 * @param organisation the service
	 * @param departmentId the department
	 * @return the unit
	 */
	public static UnitSummary unit(OrganisationService organisation, long departmentId) {
		long id = organisation.createUnit(UserMother.ADMIN, departmentId,
				new UnitData(Unique.name("Enhed"), "Leder", "leder@kk.example"));
		return organisation.unit(id);
	}

}
