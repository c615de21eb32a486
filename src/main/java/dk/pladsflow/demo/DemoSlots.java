package dk.pladsflow.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.slot.AgreementData;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo slots in every department and every phase, made through the slot flow itself.
 * Afterwards each slot's clock is moved back a few days (straight in the tables, the one
 * place demo data bypasses the flow) so that the worklist shows deadlines near, far and
 * overdue, as in a living system.
 */
@Component
class DemoSlots {

	private static final List<String> TITLES = List.of("Pædagogmedhjælper", "Kontorassistent", "Gartner",
			"Køkkenmedhjælper", "Rengøringsassistent", "Lagerarbejder", "Omsorgsmedhjælper", "Butiksassistent",
			"Pedelmedhjælper", "Administrativ medarbejder");

	private static final List<Scheme> SCHEMES = List.of(Scheme.WAGE_SUBSIDY, Scheme.WAGE_SUBSIDY, Scheme.INTERNSHIP,
			Scheme.WAGE_SUBSIDY, Scheme.UTILITY_WORK);

	private final SlotService slots;

	private final OrganisationService organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSlots(SlotService slots, OrganisationService organisation, JdbcClient jdbc, Clock clock) {
		this.slots = slots;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates the demo slots.
	 * @param employers the demo employer of each department, by department id
	 * @param consultant the demo consultant
	 */
	void load(Map<Long, UserSummary> employers, UserSummary consultant) {
		List<Long> citizens = this.jdbc.sql("select id from citizen where active and target_group <= 2 order by id")
			.query(Long.class)
			.list();
		if (citizens.size() < 10) {
			return;
		}
		CurrentUser consultantUser = asCurrentUser(consultant);
		int n = 0;
		int nextCitizen = 0;
		for (DepartmentSummary department : this.organisation.activeDepartments()) {
			UserSummary employer = employers.get(department.id());
			if (employer == null) {
				continue;
			}
			CurrentUser employerUser = asCurrentUser(employer);
			List<UnitSummary> units = this.organisation.units(department.id());
			for (int i = 0; i < 6 && !units.isEmpty(); i++, n++) {
				UnitSummary unit = units.get(i % units.size());
				Scheme scheme = SCHEMES.get(n % SCHEMES.size());
				long slot = this.slots.open(employerUser,
						new SlotDetails(unit.id(), TITLES.get(n % TITLES.size()),
								"Demo: hjælp til de daglige opgaver i " + unit.name() + ".", scheme,
								new BigDecimal(n % 3 == 0 ? "30" : "37"), LocalDate.now(this.clock).plusWeeks(3),
								employer.displayName() + ", 33 66 33 66", true, n % 4 != 0));
				int stage = (n + department.code().length()) % 4;
				int referrals = department.oneCvMode() ? 1 : 2 + (n % 2);
				for (int r = 0; r < referrals && stage >= 1; r++) {
					this.slots.refer(consultantUser, slot, citizens.get(nextCitizen++ % citizens.size()));
				}
				if (stage >= 2) {
					long chosen = this.slots.view(consultantUser, slot).waiting().get(0).citizenId();
					if (department.oneCvMode()) {
						this.slots.confirmHire(employerUser, slot, version(slot));
					}
					else {
						Map<Long, String> reasons = new java.util.HashMap<>();
						this.slots.view(consultantUser, slot)
							.waiting()
							.stream()
							.filter((r) -> r.citizenId() != chosen)
							.forEach((r) -> reasons.put(r.citizenId(), "Valgte en anden kandidat"));
						this.slots.answer(employerUser, slot, version(slot), chosen, reasons);
					}
				}
				if (stage >= 3) {
					this.slots.updateAgreement(employerUser, slot, version(slot),
							new AgreementData(true, false, LocalDate.now(this.clock).plusWeeks(2), new BigDecimal("37"),
									LocalDate.now(this.clock).plusWeeks(2).plusMonths(4).minusDays(1), true, true));
				}
				shiftBack(slot, (n * 5) % 13);
			}
		}
	}

	private long version(long slot) {
		return this.jdbc.sql("select version from slot where id = :id").param("id", slot).query(Long.class).single();
	}

	private void shiftBack(long slot, int days) {
		String shift = "interval '" + days + " days'";
		this.jdbc
			.sql("update slot set opened_at = opened_at - " + shift + ", deadline = deadline - " + shift
					+ ", round_started_at = round_started_at - " + shift + ", round_sent_at = round_sent_at - " + shift
					+ ", chosen_at = chosen_at - " + shift + " where id = :id")
			.param("id", slot)
			.update();
		this.jdbc.sql("update slot_history set at = at - " + shift + " where slot_id = :id").param("id", slot).update();
		this.jdbc
			.sql("update slot_phase_instance set opened_at = opened_at - " + shift + ", started_at = started_at - "
					+ shift + ", deadline = deadline - " + shift + ", ended_at = ended_at - " + shift
					+ " where slot_id = :id")
			.param("id", slot)
			.update();
		this.jdbc
			.sql("update referral set referred_at = referred_at - " + shift + ", answered_at = answered_at - " + shift
					+ " where slot_id = :id")
			.param("id", slot)
			.update();
	}

	static CurrentUser asCurrentUser(UserSummary user) {
		return CurrentUser.of(user.id(), user.username(), user.displayName(), user.roles(), user.departmentId(),
				user.unitIds());
	}

}
