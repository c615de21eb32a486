package dk.pladsflow.security;

import java.util.List;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.status.TargetService;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.test.Unique;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 11: the administration's public facades decide themselves who may call them, so
 * another module (or a new endpoint outside {@code /admin/**}) that calls them for a user
 * who is no administrator is refused with an {@link AccessDeniedException} (the 403
 * page), and nothing changes. {@code EndpointAccessTests} shows the same over HTTP with
 * the URL rules gone.
 */
@IntegrationTest
class AdministrationFacadeTests {

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	TargetService targets;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRoleButTheAdministratorIsRefusedByTheAdministrationFacades() {
		DepartmentSummary buf = this.organisation.departmentByCode("BUF").orElseThrow();
		long unit = this.organisation.createUnit(UserMother.ADMIN, buf.id(),
				new UnitData(Unique.name("Enhed"), null, null, 40));
		CurrentUser consultant = UserMother.create(this.users, null, Role.CONSULTANT);
		long version = this.users.user(UserMother.ADMIN, consultant.id()).version();
		String before = fingerprint();
		for (Role role : List.of(Role.CONSULTANT, Role.EMPLOYER, Role.MANAGER)) {
			CurrentUser user = CurrentUser.of(consultant.id(), consultant.getUsername(), Set.of(role),
					(role == Role.CONSULTANT) ? null : buf.id(), Set.of());
			List<ThrowingCallable> calls = List.of(
					() -> this.organisation.createDepartment(user, new DepartmentData("ZZZ", "Ny", false, null)),
					() -> this.organisation.updateDepartment(user, buf.id(), buf.version(),
							new DepartmentData(buf.code(), "Omdøbt", true, null)),
					() -> this.organisation.setDepartmentActive(user, buf.id(), buf.version(), false),
					() -> this.organisation.createUnit(user, buf.id(), new UnitData("Ny enhed", null, null, 1)),
					() -> this.organisation.updateUnit(user, unit, 0, new UnitData("Omdøbt", null, null, 1)),
					() -> this.organisation.setUnitActive(user, unit, 0, false),
					() -> this.organisation.departmentsToAdminister(user),
					() -> this.organisation.departmentToAdminister(user, buf.id()),
					() -> this.organisation.unitToAdminister(user, unit),
					() -> this.users.search(user, "", null, Pageable.ofSize(10)),
					() -> this.users.user(user, consultant.id()),
					() -> this.users.create(user, Unique.name("ny"), "en lang nok adgangskode",
							new UserData("Ny", null, Set.of(Role.ADMIN), null, Set.of())),
					() -> this.users.update(user, consultant.id(), version,
							new UserData("Ny", null, Set.of(Role.ADMIN), null, Set.of())),
					() -> this.users.resetPassword(user, consultant.id(), "en lang nok adgangskode"),
					() -> this.users.setActive(user, consultant.id(), version, false),
					() -> this.users.unlock(user, consultant.id()), () -> this.targets.targetsToAdminister(user, 2026),
					() -> this.targets.setTargets(user, buf.id(), null, 2098, 0, null, 3),
					() -> this.targets.setMunicipalityTargets(user, 2098, 0, null, 3),
					() -> this.targets.importCsv(user, new byte[0]));
			for (ThrowingCallable call : calls) {
				assertThatExceptionOfType(AccessDeniedException.class).as(role.name()).isThrownBy(call);
			}
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	private String fingerprint() {
		return this.jdbc.queryForObject("""
				select concat_ws(';',
				  (select count(*) || '/' || coalesce(sum(version), 0) from department),
				  (select count(*) || '/' || coalesce(sum(version), 0) from unit),
				  (select count(*) || '/' || coalesce(sum(version), 0) from app_user),
				  (select count(*) from target_figure),
				  (select count(*) from municipality_target))""", String.class);
	}

}
