package dk.pladsflow.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The user form, for creating (with login name and first password) and editing.
 *
 * @param username login name (create only)
 * @param displayName name
 * @param email e-mail
 * @param roles roles
 * @param departmentId bound department
 * @param unitIds bound units
 * @param password first password (create only)
 * @param version the version the form was built from
 */
record UserForm(@Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._-]*") String username,
		@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 200) String email, Set<Role> roles,
		Long departmentId, Set<Long> unitIds, String password, long version) {

	UserForm {
		roles = (roles != null) ? roles : Set.of();
		unitIds = (unitIds != null) ? unitIds : Set.of();
	}

	static UserForm empty() {
		return new UserForm("", "", "", Set.of(), null, Set.of(), "", 0);
	}

	static UserForm of(UserSummary user) {
		return new UserForm(user.username(), user.displayName(), user.email(), user.roles(), user.departmentId(),
				user.unitIds(), "", user.version());
	}

	UserData toData() {
		return new UserData(this.displayName, this.email, this.roles, this.departmentId, this.unitIds);
	}

}
