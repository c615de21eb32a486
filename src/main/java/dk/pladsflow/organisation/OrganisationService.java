package dk.pladsflow.organisation;

import java.util.List;
import java.util.Optional;

import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.Municipality;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's facade: departments and units, read by every module and every
 * logged-in user (they name the slots' owners in lists and filters), changed only by a
 * caller who may administer ({@link OrganisationCaller#checkAdminister()}), whatever URL
 * the call came through.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final DepartmentRepository departments;

	private final UnitRepository units;

	private final ConsultantDirectory consultants;

	private final Municipality municipality;

	OrganisationService(DepartmentRepository departments, UnitRepository units, ConsultantDirectory consultants,
			Municipality municipality) {
		this.departments = departments;
		this.units = units;
		this.consultants = consultants;
		this.municipality = municipality;
	}

	/**
	 * All departments, active or not, by code.
	 * @return the departments
	 */
	public List<DepartmentSummary> allDepartments() {
		return summaries(this.departments.findAllByOrderByCode());
	}

	/**
	 * The departments in use, by code.
	 * @return the departments
	 */
	public List<DepartmentSummary> activeDepartments() {
		return summaries(this.departments.findByActiveTrueOrderByCode());
	}

	private static List<DepartmentSummary> summaries(List<Department> list) {
		return list.stream().map(Department::toSummary).toList();
	}

	/**
	 * One department.
	 * @param id its id
	 * @return the department
	 * @throws NotFoundException if there is none
	 */
	public DepartmentSummary department(long id) {
		return summaries(List.of(findDepartment(id))).get(0);
	}

	/**
	 * A department by its code.
	 * @param code the code, any case
	 * @return the department, if any
	 */
	public Optional<DepartmentSummary> departmentByCode(String code) {
		return this.departments.findByCodeIgnoreCase(code.trim()).map((d) -> summaries(List.of(d)).get(0));
	}

	/**
	 * Refuses a caller who may not administer the organisation: for the administrator's
	 * pages that show an empty form.
	 * @param by who asks
	 */
	public void checkAdminister(OrganisationCaller by) {
		by.checkAdminister();
	}

	/**
	 * Every department, active or not, for the administrator's list.
	 * @param by who asks: an administrator
	 * @return the departments, by code
	 */
	public List<DepartmentSummary> departmentsToAdminister(OrganisationCaller by) {
		by.checkAdminister();
		return allDepartments();
	}

	/**
	 * One department, for the administrator's form.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @return the department
	 * @throws NotFoundException if there is none
	 */
	public DepartmentSummary departmentToAdminister(OrganisationCaller by, long id) {
		by.checkAdminister();
		return department(id);
	}

	/**
	 * One unit, for the administrator's form.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @return the unit
	 * @throws NotFoundException if there is none
	 */
	public UnitSummary unitToAdminister(OrganisationCaller by, long id) {
		by.checkAdminister();
		return unit(id);
	}

	/**
	 * Creates a department.
	 * @param by who asks: an administrator
	 * @param data what to set
	 * @return the new department's id
	 * @throws FieldRejectedException if the code is taken or the contact is no consultant
	 */
	@Transactional
	public long createDepartment(OrganisationCaller by, DepartmentData data) {
		by.checkAdminister();
		checkNotTheMunicipalitys(data.code());
		if (this.departments.existsByCodeIgnoreCase(data.code().trim())) {
			throw new FieldRejectedException("code", "department.code.taken");
		}
		checkContactConsultant(data);
		return this.departments.save(new Department(data)).getId();
	}

	/**
	 * Changes a department.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @param version the version the change was made from
	 * @param data what to set
	 */
	@Transactional
	public void updateDepartment(OrganisationCaller by, long id, long version, DepartmentData data) {
		by.checkAdminister();
		Department department = findDepartment(id);
		ConcurrentChangeException.check("Department", id, version, department.getVersion());
		checkNotTheMunicipalitys(data.code());
		if (this.departments.existsByCodeIgnoreCaseAndIdNot(data.code().trim(), id)) {
			throw new FieldRejectedException("code", "department.code.taken");
		}
		checkContactConsultant(data);
		department.apply(data);
	}

	private void checkContactConsultant(DepartmentData data) {
		if (data.contactConsultantId() != null && !this.consultants.isActiveConsultant(data.contactConsultantId())) {
			throw new FieldRejectedException("contactConsultantId", "department.contactConsultant.invalid");
		}
	}

	/**
	 * Takes a department out of use, or back into use. Its data stays.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @param version the version the change was made from
	 * @param active the new state
	 */
	@Transactional
	public void setDepartmentActive(OrganisationCaller by, long id, long version, boolean active) {
		by.checkAdminister();
		Department department = findDepartment(id);
		ConcurrentChangeException.check("Department", id, version, department.getVersion());
		department.setActive(active);
	}

	private Department findDepartment(long id) {
		return this.departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
	}

	/**
	 * A department's units, active or not, by name.
	 * @param departmentId the department
	 * @return its units
	 */
	public List<UnitSummary> units(long departmentId) {
		return this.units.findByDepartmentIdOrderByName(departmentId).stream().map(Unit::toSummary).toList();
	}

	/**
	 * Every unit of every department, by department and name (one query).
	 * @return the units
	 */
	public List<UnitSummary> allUnits() {
		return this.units.findAllByOrderByDepartmentIdAscNameAsc().stream().map(Unit::toSummary).toList();
	}

	/**
	 * The given units, by name.
	 * @param ids unit ids
	 * @return those that exist
	 */
	public List<UnitSummary> units(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.units.findByIdInOrderByName(ids).stream().map(Unit::toSummary).toList();
	}

	/**
	 * One unit.
	 * @param id its id
	 * @return the unit
	 * @throws NotFoundException if there is none
	 */
	public UnitSummary unit(long id) {
		return findUnit(id).toSummary();
	}

	/**
	 * Creates a unit in a department.
	 * @param by who asks: an administrator
	 * @param departmentId the department
	 * @param data what to set
	 * @return the new unit's id
	 */
	@Transactional
	public long createUnit(OrganisationCaller by, long departmentId, UnitData data) {
		by.checkAdminister();
		findDepartment(departmentId);
		if (this.units.existsByDepartmentIdAndNameIgnoreCase(departmentId, data.name().trim())) {
			throw new FieldRejectedException("name", "unit.name.taken");
		}
		return this.units.save(new Unit(departmentId, data)).getId();
	}

	/**
	 * Changes a unit.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @param version the version the change was made from
	 * @param data what to set
	 */
	@Transactional
	public void updateUnit(OrganisationCaller by, long id, long version, UnitData data) {
		by.checkAdminister();
		Unit unit = findUnit(id);
		ConcurrentChangeException.check("Unit", id, version, unit.getVersion());
		if (this.units.existsByDepartmentIdAndNameIgnoreCaseAndIdNot(unit.getDepartmentId(), data.name().trim(), id)) {
			throw new FieldRejectedException("name", "unit.name.taken");
		}
		unit.apply(data);
	}

	/**
	 * Takes a unit out of use, or back into use.
	 * @param by who asks: an administrator
	 * @param id its id
	 * @param version the version the change was made from
	 * @param active the new state
	 */
	@Transactional
	public void setUnitActive(OrganisationCaller by, long id, long version, boolean active) {
		by.checkAdminister();
		Unit unit = findUnit(id);
		ConcurrentChangeException.check("Unit", id, version, unit.getVersion());
		unit.setActive(active);
	}

	private Unit findUnit(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("Unit", id));
	}

	private void checkNotTheMunicipalitys(String code) {
		if (this.municipality.isCode(code)) {
			throw new FieldRejectedException("code", "department.code.municipality");
		}
	}

}
