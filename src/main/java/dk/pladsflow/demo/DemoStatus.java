package dk.pladsflow.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.outcome.OutcomeService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.placement.Sector;
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

	private final OutcomeService outcomes;

	DemoStatus(OrganisationService organisation, PlacementService placements, TargetService targets,
			OutcomeService outcomes) {
		this.organisation = organisation;
		this.placements = placements;
		this.targets = targets;
		this.outcomes = outcomes;
	}

	void load(CurrentUser admin, LocalDate today) {
		int lastYear = today.getYear() - 1;
		int d = 0;
		StringBuilder spells = new StringBuilder("citizen;status;start;end\n");
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
					// two in three flex jobs end (within the year, so that the outcomes
					// have ended flex jobs of both sectors: every third placement is
					// private); the rest run on
					case FLEX_JOB -> (i % 3 != 2) ? start.plusMonths(6 + i % 6).minusDays(1) : null;
				};
				Long unit = units.isEmpty() ? null : units.get(i % units.size()).id();
				// every third placement in a private company (no unit of ours): issue 14
				Sector sector = (i % 3 == 1) ? Sector.PRIVATE : Sector.MUNICIPAL;
				String citizen = String.format("DEMO-%s-%04d", department.code(), i);
				this.placements.register(PlacementData.of(department.id(), (sector == Sector.PRIVATE) ? null : unit,
						scheme, sector, start, end, citizen));
				spells(spells, citizen, i, start, end);
			}
		}
		this.outcomes.importCsv(admin, spells.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The registers' story of a demo citizen: on benefit for a year and more before and
	 * during the placement, then in a job, in education, back on benefit or something
	 * else; every eleventh citizen is unknown to the registers.
	 */
	private static void spells(StringBuilder spells, String citizen, int i, LocalDate start, LocalDate end) {
		if (i % 11 == 0) {
			return;
		}
		spells.append(citizen).append(";BENEFIT;").append(start.minusDays(400)).append(';');
		if (end == null) {
			spells.append('\n');
			return;
		}
		String after = switch (i % 7) {
			case 0, 1, 2 -> "JOB";
			case 3 -> "EDUCATION";
			case 4, 5 -> "BENEFIT";
			default -> "OTHER";
		};
		spells.append(end)
			.append('\n')
			.append(citizen)
			.append(';')
			.append(after)
			.append(';')
			.append(end.plusDays(1))
			.append(";\n");
	}

}
