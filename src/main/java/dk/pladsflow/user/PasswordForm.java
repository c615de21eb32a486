package dk.pladsflow.user;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, typed twice; with the current one when users change their own. What a
 * password must be is checked where it is set ({@link PasswordPolicy}).
 *
 * @param currentPassword the current password (own change only)
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
record PasswordForm(String currentPassword, @NotBlank String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

}
