package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement checklist form.
 *
 * @param agreementSigned agreement signed
 * @param contractSigned contract signed
 * @param startDate start
 * @param weeklyHours weekly hours
 * @param subsidyEnd end of the subsidy period
 * @param notReplacingVacancy additionality declaration
 * @param representativeApproved representative's approval
 * @param version the slot version the form was built from
 */
record AgreementForm(boolean agreementSigned, boolean contractSigned,
		@DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate startDate,
		@DecimalMin("1") @DecimalMax("37") BigDecimal weeklyHours,
		@DateTimeFormat(pattern = "dd-MM-yyyy") LocalDate subsidyEnd, boolean notReplacingVacancy,
		boolean representativeApproved, long version) {

	static AgreementForm of(SlotView slot) {
		AgreementData a = slot.agreement();
		return new AgreementForm(a.agreementSigned(), a.contractSigned(), a.startDate(), a.weeklyHours(),
				a.subsidyEnd(), a.notReplacingVacancy(), a.representativeApproved(), slot.version());
	}

	AgreementData toData() {
		return new AgreementData(this.agreementSigned, this.contractSigned, this.startDate, this.weeklyHours,
				this.subsidyEnd, this.notReplacingVacancy, this.representativeApproved);
	}

}
