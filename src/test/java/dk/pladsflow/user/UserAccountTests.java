package dk.pladsflow.user;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account itself: its user name, and what counts as a change of its rights.
 */
class UserAccountTests {

	private final UserAccount account = new UserAccount("Karen", "{noop}kode",
			new UserData("Karen Konsulent", null, Set.of(Role.CONSULTANT), null, Set.of()));

	@Test
	void userNameIsStoredInLowerCase() {
		assertThat(this.account.getUsername()).isEqualTo("karen");
	}

	@Test
	void aNewNameIsNoChangeOfRightsButANewRoleIs() {
		Object before = this.account.rights();
		this.account
			.apply(new UserData("Karen K. Konsulent", "karen@kk.example", Set.of(Role.CONSULTANT), null, Set.of()));
		assertThat(this.account.rights()).isEqualTo(before);
		this.account
			.apply(new UserData("Karen K. Konsulent", null, Set.of(Role.CONSULTANT, Role.MANAGER), null, Set.of()));
		assertThat(this.account.rights()).isNotEqualTo(before);
	}

}
