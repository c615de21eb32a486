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
 * The employer's form for opening a slot. A JavaBean rather than a record: a record is
 * bound through its constructor, and when one value cannot be converted (a date like
 * 31-02-2026) the record is never built, so Bean Validation does not run and the user
 * sees only that one error; with setters every field is bound and checked at once.
 */
public class SlotForm {

	@NotNull
	private Long unitId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 4000)
	private String description;

	@NotNull
	private Scheme scheme;

	@NotNull
	@DecimalMin("1")
	@DecimalMax("37")
	private BigDecimal weeklyHours;

	@DateTimeFormat(pattern = "dd-MM-yyyy")
	private LocalDate wishedStart;

	@NotBlank
	@Size(max = 200)
	private String contactPerson;

	private boolean notReplacingVacancy;

	private boolean representativeApproved;

	static SlotForm empty(Long unitId) {
		SlotForm form = new SlotForm();
		form.unitId = unitId;
		form.title = "";
		form.description = "";
		form.scheme = Scheme.WAGE_SUBSIDY;
		form.weeklyHours = new BigDecimal("37");
		form.contactPerson = "";
		return form;
	}

	SlotDetails toDetails() {
		return new SlotDetails(this.unitId, this.title, this.description, this.scheme, this.weeklyHours,
				this.wishedStart, this.contactPerson, this.notReplacingVacancy, this.representativeApproved);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Scheme getScheme() {
		return this.scheme;
	}

	public void setScheme(Scheme scheme) {
		this.scheme = scheme;
	}

	public BigDecimal getWeeklyHours() {
		return this.weeklyHours;
	}

	public void setWeeklyHours(BigDecimal weeklyHours) {
		this.weeklyHours = weeklyHours;
	}

	public LocalDate getWishedStart() {
		return this.wishedStart;
	}

	public void setWishedStart(LocalDate wishedStart) {
		this.wishedStart = wishedStart;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
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

}
