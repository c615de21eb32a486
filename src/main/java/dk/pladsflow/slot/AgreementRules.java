package dk.pladsflow.slot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.web.Dates;

/**
 * The three checks Danish law puts on an agreement, shown before the papers are signed:
 * <ul>
 * <li><b>duration</b>: a public employer's wage subsidy lasts at most the months the
 * citizen's benefit allows ({@link AgreementSettings});</li>
 * <li><b>ratio</b> (rimelighedskrav): a unit with fewer than 5 ordinary employees may
 * have 1 person in internship, wage subsidy or utility work at a time; 5–50 employees 1
 * per 5 started; over 50 employees 10 for the first 50 and 1 per 10 beyond (so the number
 * never falls as a unit grows);</li>
 * <li><b>additionality</b> (merbeskæftigelse): the employer declares the job replaces
 * none vacated in the last 3 months, and the employees' representative has approved.</li>
 * </ul>
 * Flex jobs are outside all three.
 */
final class AgreementRules {

	private AgreementRules() {
	}

	/**
	 * How many people a unit may have in internship, wage subsidy or utility work at
	 * once.
	 * @param ordinaryEmployees the unit's ordinary employees
	 * @return the number allowed
	 */
	static int allowedInScheme(int ordinaryEmployees) {
		if (ordinaryEmployees < 5) {
			return 1;
		}
		if (ordinaryEmployees <= 50) {
			return ordinaryEmployees / 5;
		}
		return 10 + (ordinaryEmployees - 50) / 10;
	}

	/**
	 * The unit's headroom under the ratio rule.
	 * @param ordinaryEmployees the unit's ordinary employees, or null when not recorded
	 * @param occupied people in a ratio scheme in the unit now
	 * @return places left (may be negative), or null when the employees are not recorded
	 */
	static Integer headroom(Integer ordinaryEmployees, int occupied) {
		return (ordinaryEmployees == null) ? null : allowedInScheme(ordinaryEmployees) - occupied;
	}

	/**
	 * Checks an agreement.
	 * @param scheme the slot's scheme
	 * @param agreement the checklist as filled in
	 * @param benefit the chosen citizen's benefit
	 * @param ordinaryEmployees the unit's ordinary employees, or null if not recorded
	 * @param occupied people in a ratio scheme in the unit now, not counting this slot
	 * @param settings the legal limits
	 * @return the findings, refusals first
	 */
	static List<AgreementFinding> check(Scheme scheme, AgreementData agreement, Benefit benefit,
			Integer ordinaryEmployees, int occupied, AgreementSettings settings) {
		List<AgreementFinding> findings = new ArrayList<>();
		if (scheme == Scheme.FLEX_JOB) {
			return findings;
		}
		if (scheme == Scheme.WAGE_SUBSIDY && agreement.startDate() != null && agreement.subsidyEnd() != null) {
			int months = settings.maxSubsidyMonths().get(benefit);
			LocalDate lastAllowed = agreement.startDate().plusMonths(months).minusDays(1);
			if (agreement.subsidyEnd().isAfter(lastAllowed)) {
				findings.add(AgreementFinding.refusal("slot.check.duration", months, Dates.DATE.format(lastAllowed)));
			}
		}
		if (agreement.startDate() != null && agreement.subsidyEnd() != null
				&& agreement.subsidyEnd().isBefore(agreement.startDate())) {
			findings.add(AgreementFinding.refusal("slot.check.endBeforeStart"));
		}
		Integer headroom = headroom(ordinaryEmployees, occupied);
		if (headroom == null) {
			findings.add(AgreementFinding.refusal("slot.check.ratio.unknown"));
		}
		else if (headroom < 1) {
			findings.add(AgreementFinding.refusal("slot.check.ratio", allowedInScheme(ordinaryEmployees), occupied));
		}
		if (!agreement.notReplacingVacancy() || !agreement.representativeApproved()) {
			findings.add(AgreementFinding.refusal("slot.check.additionality"));
		}
		return findings;
	}

}
