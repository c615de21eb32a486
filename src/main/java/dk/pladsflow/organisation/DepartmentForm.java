package dk.pladsflow.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The department form.
 *
 * @param code short code
 * @param name full name
 * @param oneCvMode one-CV mode
 * @param contactConsultantId chosen contact consultant, or none
 * @param version the version the form was built from
 */
record DepartmentForm(@NotBlank @Size(max = 10) @Pattern(regexp = "[\\p{L}0-9]*") String code,
		@NotBlank @Size(max = 200) String name, boolean oneCvMode, Long contactConsultantId, long version) {

	static DepartmentForm empty() {
		return new DepartmentForm("", "", false, null, 0);
	}

	static DepartmentForm of(DepartmentSummary department) {
		return new DepartmentForm(department.code(), department.name(), department.oneCvMode(),
				department.contactConsultantId(), department.version());
	}

	DepartmentData toData() {
		return new DepartmentData(this.code, this.name, this.oneCvMode, this.contactConsultantId);
	}

}
