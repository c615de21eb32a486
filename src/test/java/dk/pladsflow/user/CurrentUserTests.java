package dk.pladsflow.user;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which departments a user may see: employers and department managers only their own.
 */
class CurrentUserTests {

	private static final long BUF = 2;

	private static final long SOF = 4;

	@Test
	void administratorsAndConsultantsSeeEveryDepartment() {
		assertThat(user(null, Role.ADMIN).canSeeDepartment(SOF)).isTrue();
		assertThat(user(null, Role.CONSULTANT).canSeeDepartment(SOF)).isTrue();
	}

	@Test
	void centralManagerSeesEveryDepartment() {
		assertThat(user(null, Role.MANAGER).canSeeDepartment(BUF)).isTrue();
		assertThat(user(null, Role.MANAGER).canSeeDepartment(SOF)).isTrue();
	}

	@Test
	void departmentManagerSeesOnlyTheirDepartment() {
		assertThat(user(BUF, Role.MANAGER).canSeeDepartment(BUF)).isTrue();
		assertThat(user(BUF, Role.MANAGER).canSeeDepartment(SOF)).isFalse();
	}

	@Test
	void employerSeesOnlyTheirDepartment() {
		assertThat(user(BUF, Role.EMPLOYER).canSeeDepartment(BUF)).isTrue();
		assertThat(user(BUF, Role.EMPLOYER).canSeeDepartment(SOF)).isFalse();
	}

	@Test
	void employerWithoutDepartmentSeesNone() {
		assertThat(user(null, Role.EMPLOYER).canSeeDepartment(BUF)).isFalse();
	}

	@Test
	void loginCredentialsAreForgottenAfterLogin() {
		CurrentUser user = new CurrentUser(1, "karen", "Karen", Set.of(Role.CONSULTANT), null, Set.of(), "{noop}kode",
				true);
		user.eraseCredentials();
		assertThat(user.getPassword()).isNull();
	}

	private static CurrentUser user(Long departmentId, Role role) {
		return CurrentUser.of(1, "bruger", Set.of(role), departmentId, Set.of());
	}

}
