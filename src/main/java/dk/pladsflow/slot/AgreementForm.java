package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement checklist form. A JavaBean rather than a record, so that one field that
 * cannot be read (a date like 31-02-2026) is reported beside that field while every other
 * field is still bound and checked.
 */
public class AgreementForm {

	private boolean agreementSigned;

	private boolean contractSigned;

	@DateTimeFormat(pattern = "dd-MM-yyyy")
	private LocalDate startDate;

	@DecimalMin("1")
	@DecimalMax("37")
	private BigDecimal weeklyHours;

	@DateTimeFormat(pattern = "dd-MM-yyyy")
	private LocalDate subsidyEnd;

	private boolean notReplacingVacancy;

	private boolean representativeApproved;

	private long version;

	static AgreementForm of(SlotView slot) {
		AgreementData a = slot.agreement();
		AgreementForm form = new AgreementForm();
		form.agreementSigned = a.agreementSigned();
		form.contractSigned = a.contractSigned();
		form.startDate = a.startDate();
		form.weeklyHours = (a.weeklyHours() != null) ? a.weeklyHours().stripTrailingZeros() : null;
		form.subsidyEnd = a.subsidyEnd();
		form.notReplacingVacancy = a.notReplacingVacancy();
		form.representativeApproved = a.representativeApproved();
		form.version = slot.version();
		return form;
	}

	AgreementData toData() {
		return new AgreementData(this.agreementSigned, this.contractSigned, this.startDate, this.weeklyHours,
				this.subsidyEnd, this.notReplacingVacancy, this.representativeApproved);
	}

	public boolean isAgreementSigned() {
		return this.agreementSigned;
	}

	public void setAgreementSigned(boolean agreementSigned) {
		this.agreementSigned = agreementSigned;
	}

	public boolean isContractSigned() {
		return this.contractSigned;
	}

	public void setContractSigned(boolean contractSigned) {
		this.contractSigned = contractSigned;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public BigDecimal getWeeklyHours() {
		return this.weeklyHours;
	}

	public void setWeeklyHours(BigDecimal weeklyHours) {
		this.weeklyHours = weeklyHours;
	}

	public LocalDate getSubsidyEnd() {
		return this.subsidyEnd;
	}

	public void setSubsidyEnd(LocalDate subsidyEnd) {
		this.subsidyEnd = subsidyEnd;
	}

	public boolean isNotReplacingVacancy() {
		return this.notReplacingVacancy;
	}

	public void setNotReplacingVacancy(boolean notReplacingVacancy) {
		this.notReplacingVacancy = notReplacingVacancy;
	}

	public boolean isRepresentativeApproved() {
		return this.representativeApproved;
	}

	public void setRepresentativeApproved(boolean representativeApproved) {
		this.representativeApproved = representativeApproved;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
