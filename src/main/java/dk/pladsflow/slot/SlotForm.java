package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import dk.pladsflow.placement.Scheme;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The employer's form for opening a slot.
 *
 * @param unitId unit
 * @param title job title
 * @param description tasks and conditions
 * @param scheme scheme
 * @param weeklyHours hours a week
 * @param wishedStart wished start
 * @param contactPerson contact person
 * @param notReplacingVacancy additionality declaration
 * @param representativeApproved the employees' representative has approved
 */
record SlotForm(@NotNull Long unitId, @NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
		@NotNull Scheme scheme, @NotNull @DecimalMin("1") @DecimalMax("37") BigDecimal weeklyHours,
		@DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate wishedStart, @NotBlank @Size(max = 200) String contactPerson,
		boolean notReplacingVacancy, boolean representativeApproved) {

	static SlotForm empty(Long unitId) {
		return new SlotForm(unitId, "", "", Scheme.WAGE_SUBSIDY, new BigDecimal("37"), null, "", false, false);
	}

	SlotDetails toDetails() {
		return new SlotDetails(this.unitId, this.title, this.description, this.scheme, this.weeklyHours,
				this.wishedStart, this.contactPerson, this.notReplacingVacancy, this.representativeApproved);
	}

}
