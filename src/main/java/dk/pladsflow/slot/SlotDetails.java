package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;

import dk.pladsflow.placement.Scheme;

/**
 * What an employer gives when opening a slot.
 *
 * @param unitId the unit (workplace) of the slot
 * @param title job title
 * @param description tasks and conditions
 * @param scheme the scheme the slot is for
 * @param weeklyHours hours a week
 * @param wishedStart the wished start, optional
 * @param contactPerson who the consultant and citizen contact
 * @param notReplacingVacancy the employer declares the job does not replace one vacated
 * in the last 3 months (additionality)
 * @param representativeApproved the employees' representative has approved
 */
public record SlotDetails(long unitId, String title, String description, Scheme scheme, BigDecimal weeklyHours,
		LocalDate wishedStart, String contactPerson, boolean notReplacingVacancy, boolean representativeApproved) {
}
