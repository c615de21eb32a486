package dk.pladsflow.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The unit form.
 *
 * @param departmentId the unit's department (fixed once created)
 * @param name name
 * @param leaderName responsible leader
 * @param leaderEmail leader's e-mail
 * @param ordinaryEmployees ordinary employees (for the ratio rule)
 * @param version the version the form was built from
 */
record UnitForm(@NotNull Long departmentId, @NotBlank @Size(max = 200) String name, @Size(max = 200) String leaderName,
		@Email @Size(max = 200) String leaderEmail, @PositiveOrZero @Max(100000) Integer ordinaryEmployees,
		long version) {

	static UnitForm empty(long departmentId) {
		return new UnitForm(departmentId, "", "", "", null, 0);
	}

	static UnitForm of(UnitSummary unit) {
		return new UnitForm(unit.departmentId(), unit.name(), unit.leaderName(), unit.leaderEmail(),
				unit.ordinaryEmployees(), unit.version());
	}

	UnitData toData() {
		return new UnitData(this.name, this.leaderName, this.leaderEmail, this.ordinaryEmployees);
	}

}
