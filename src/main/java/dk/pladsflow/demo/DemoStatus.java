package dk.pladsflow.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.status.TargetService;
import dk.pladsflow.user.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Demo target figures for last year and this year, and placements of every scheme that
 * start, run and end across both years, so that the status pages show departments of
 * different sizes near and far from their targets.
 */
@Component
class DemoStatus {

	private static final List<Scheme> SCHEMES = List.of(Scheme.WAGE_SUBSIDY, Scheme.INTERNSHIP, Scheme.UTILITY_WORK,
			Scheme.FLEX_JOB);

	private final OrganisationService organisation;

	private final PlacementService placements;

	private final TargetService targets;

	DemoStatus(OrganisationService organisation, PlacementService placements, TargetService targets) {
		this.organisation = organisation;
		this.placements = placements;
		this.targets = targets;
	}

	void load(CurrentUser admin, LocalDate today) {
		int lastYear = today.getYear() - 1;
		int d = 0;
		for (DepartmentSummary department : this.organisation.activeDepartments()) {
			d++;
			int size = 2 + (d * 5) % 9;
			for (int year = lastYear; year <= today.getYear(); year++) {
				this.targets.setTargets(admin, department.id(), null, year, 0, BigDecimal.valueOf(size * 12L, 1),
						(d % 4 == 0) ? null : size * 3);
			}
			List<UnitSummary> units = this.organisation.units(department.id());
			LocalDate first = LocalDate.of(lastYear, 1, 1);
			for (int i = 0; i < size * 12; i++) {
				Scheme scheme = SCHEMES.get((i + d) % SCHEMES.size());
				LocalDate start = first.plusDays((i * 37L + d * 11L) % 640);
				if (start.isAfter(today)) {
					continue;
				}
				LocalDate end = switch (scheme) {
					case WAGE_SUBSIDY -> start.plusMonths(4 + i % 3).minusDays(1);
					case INTERNSHIP -> start.plusWeeks(4 + i % 9);
					case UTILITY_WORK -> start.plusWeeks(2 + i % 5);
					case FLEX_JOB -> (i % 3 == 0) ? start.plusYears(1) : null;
				};
				Long unit = units.isEmpty() ? null : units.get(i % units.size()).id();
				this.placements.register(PlacementData.of(department.id(), unit, scheme, start, end,
						String.format("DEMO-%s-%04d", department.code(), i)));
			}
		}
	}

}
