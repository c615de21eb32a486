package dk.pladsflow.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice; with the current one when users change their own.
 *
 * @param currentPassword the current password (own change only)
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
record PasswordForm(String currentPassword,
		@NotBlank @Size(min = UserForm.MIN_PASSWORD_LENGTH, max = 200) String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

}
