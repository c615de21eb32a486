package dk.pladsflow.slot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.Readiness;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.web.Dates;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks lov om en aktiv beskæftigelsesindsats puts on an agreement, shown before the
 * papers are signed (docs/legal-checks.md cites the paragraph of each):
 * <ul>
 * <li><b>duration of a wage subsidy</b> at a public employer, by the citizen's benefit
 * and readiness ({@link AgreementSettings#subsidyMonths});</li>
 * <li><b>duration of an internship</b>, by the same
 * ({@link AgreementSettings#internshipWeeks}); an activity-ready citizen's internship may
 * be extended to 26 weeks after a concrete assessment, so beyond 13 weeks it is a
 * warning, beyond 26 a refusal;</li>
 * <li><b>ratio</b> (rimelighedskrav) for wage subsidy, internship and utility work: a
 * unit with up to 50 ordinary employees may have 1 person in these schemes per 5
 * employees (always at least 1), and 1 per 10 employees beyond the first 50, counted on
 * the agreed start date;</li>
 * <li><b>additionality</b> (merbeskæftigelse) for wage subsidy only: the employer
 * declares the job replaces none vacated, and the employees' representative has
 * approved.</li>
 * </ul>
 * Flex jobs are outside all of them.
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
	 * @param occupied people in a ratio scheme in the unit on the day
	 * @return places left (may be negative), or null when the employees are not recorded
	 */
	static Integer headroom(Integer ordinaryEmployees, int occupied) {
		return (ordinaryEmployees == null) ? null : allowedInScheme(ordinaryEmployees) - occupied;
	}

	/**
	 * Checks an agreement.
	 * @param scheme the slot's scheme
	 * @param agreement the checklist as filled in
	 * @param citizen the chosen citizen's benefit and readiness
	 * @param unit the unit's ordinary employees and occupied places on the agreed start
	 * @param settings the legal limits
	 * @return the findings
	 */
	static List<AgreementFinding> check(Scheme scheme, AgreementData agreement, Chosen citizen, UnitCount unit,
			AgreementSettings settings) {
		List<AgreementFinding> findings = new ArrayList<>();
		LocalDate start = agreement.startDate();
		LocalDate end = agreement.subsidyEnd();
		if (start != null && end != null && end.isBefore(start)) {
			findings.add(AgreementFinding.refusal("slot.check.endBeforeStart"));
		}
		if (scheme == Scheme.FLEX_JOB) {
			return findings;
		}
		boolean durationRule = scheme == Scheme.WAGE_SUBSIDY || scheme == Scheme.INTERNSHIP;
		if (durationRule && citizen.benefit().assessedForReadiness() && citizen.readiness() == null) {
			findings.add(AgreementFinding.warning("slot.check.readinessUnknown"));
		}
		if (scheme == Scheme.WAGE_SUBSIDY && start != null && end != null) {
			Integer months = settings.subsidyMonths(citizen.benefit(), citizen.readiness());
			if (months != null) {
				LocalDate lastAllowed = start.plusMonths(months).minusDays(1);
				if (end.isAfter(lastAllowed)) {
					findings.add(AgreementFinding.refusal("slot.check.duration", months, citizen.benefitLabel(),
							citizen.readinessLabel(), Dates.DATE.format(lastAllowed)));
				}
			}
		}
		if (scheme == Scheme.INTERNSHIP && start != null && end != null) {
			internship(start, end, citizen, settings, findings);
		}
		Integer headroom = headroom(unit.ordinaryEmployees(), unit.occupied());
		if (headroom == null) {
			findings.add(AgreementFinding.refusal("slot.check.ratio.unknown"));
		}
		else if (headroom < 1) {
			findings.add(AgreementFinding.refusal("slot.check.ratio", unit.ordinaryEmployees(),
					allowedInScheme(unit.ordinaryEmployees()), unit.occupied(), Dates.DATE.format(unit.day())));
		}
		if (scheme == Scheme.WAGE_SUBSIDY
				&& (!agreement.notReplacingVacancy() || !agreement.representativeApproved())) {
			findings.add(AgreementFinding.refusal("slot.check.additionality"));
		}
		return findings;
	}

	private static void internship(LocalDate start, LocalDate end, Chosen citizen, AgreementSettings settings,
			List<AgreementFinding> findings) {
		Integer weeks = settings.internshipWeeks(citizen.benefit(), citizen.readiness());
		if (weeks == null) {
			return;
		}
		LocalDate lastAllowed = start.plusWeeks(weeks).minusDays(1);
		if (!end.isAfter(lastAllowed)) {
			return;
		}
		if (!settings.internshipExtendable(citizen.benefit(), citizen.readiness())) {
			findings.add(AgreementFinding.refusal("slot.check.internship", weeks, citizen.benefitLabel(),
					citizen.readinessLabel(), Dates.DATE.format(lastAllowed)));
			return;
		}
		LocalDate lastExtended = start.plusWeeks(settings.extendedInternshipWeeks()).minusDays(1);
		if (end.isAfter(lastExtended)) {
			findings.add(AgreementFinding.refusal("slot.check.internship.extended", settings.extendedInternshipWeeks(),
					Dates.DATE.format(lastExtended)));
		}
		else {
			findings.add(
					AgreementFinding.warning("slot.check.internship.extension", weeks, Dates.DATE.format(lastAllowed)));
		}
	}

	/**
	 * What the checks need to know of the chosen citizen.
	 *
	 * @param benefit the benefit
	 * @param readiness job-ready or activity-ready, or null
	 */
	record Chosen(Benefit benefit, Readiness readiness) {

		DefaultMessageSourceResolvable benefitLabel() {
			return new DefaultMessageSourceResolvable("citizen.benefit." + this.benefit.name());
		}

		DefaultMessageSourceResolvable readinessLabel() {
			String code = !this.benefit.assessedForReadiness() ? "slot.check.readiness.notAssessed"
					: (this.readiness == null) ? "slot.check.readiness.unknown"
							: "citizen.readiness." + this.readiness.name();
			return new DefaultMessageSourceResolvable(code);
		}

	}

	/**
	 * What the ratio rule needs to know of the unit.
	 *
	 * @param ordinaryEmployees its ordinary employees, or null if not recorded
	 * @param occupied people in a ratio scheme in it on the day, this slot not counted
	 * @param day the day counted: the agreed start, or today before one is agreed
	 */
	record UnitCount(Integer ordinaryEmployees, int occupied, LocalDate day) {
	}

}
