package dk.pladsflow.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitSummary;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.AdjustableClock;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.AgreementData;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.slot.SlotView;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A past for the quality page (issue 12): in every department three slots whose flow
 * happened over the last two months, some in time and some late, made through the slot
 * flow with the demo clock moved back to each step's day (and then put back). So every
 * department has quality figures with some deadlines met and some missed.
 */
@Component
class DemoQuality {

	private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);

	private final SlotService slots;

	private final OrganisationService organisation;

	private final JdbcClient jdbc;

	private final Clock clock;

	private List<Long> citizens = List.of();

	private int nextCitizen;

	private final Set<Long> placed = new java.util.HashSet<>();

	DemoQuality(SlotService slots, OrganisationService organisation, JdbcClient jdbc, Clock clock) {
		this.slots = slots;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates the slots with a past.
	 * @param employers the demo employer of each department, by department id
	 * @param consultant the demo consultant
	 */
	void load(Map<Long, UserSummary> employers, UserSummary consultant) {
		if (!(this.clock instanceof AdjustableClock adjustable)) {
			return;
		}
		this.citizens = this.jdbc.sql("""
				select id from citizen c where active and target_group <= 2
				and not exists (select 1 from placement p where p.citizen_id = c.id) order by id""")
			.query(Long.class)
			.list();
		if (this.citizens.size() < 8) {
			return;
		}
		Duration offset = adjustable.offset();
		LocalDate today = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		CurrentUser kons = DemoSlots.asCurrentUser(consultant);
		try {
			int k = 0;
			for (DepartmentSummary department : this.organisation.activeDepartments()) {
				UserSummary employer = employers.get(department.id());
				List<UnitSummary> units = this.organisation.units(department.id());
				if (employer == null || units.isEmpty()) {
					continue;
				}
				Steps steps = new Steps(adjustable, DemoSlots.asCurrentUser(employer), kons, units.get(0).id(),
						department.oneCvMode());
				LocalDate base = today.minusDays(56 + 7 * (k % 3));
				// in time all the way
				steps.run(base, 2, 6, 10, false);
				// referred on day 5 or 9, answered in 3 days, the agreement 12 days after
				int refer = 5 + 4 * (k % 2);
				steps.run(base.plusDays(7), refer, refer + 3, refer + 15, false);
				// referred late, declined late, and nobody referred since
				steps.run(base.plusDays(14), 10, 19, -1, true);
				k++;
			}
		}
		finally {
			adjustable.reset();
			adjustable.advance(offset);
		}
	}

	private long citizen() {
		return this.citizens.get(this.nextCitizen++ % this.citizens.size());
	}

	/** One department's steps, each on its day with the clock moved there. */
	private final class Steps {

		private final AdjustableClock adjustable;

		private final CurrentUser employer;

		private final CurrentUser consultant;

		private final long unit;

		private final boolean oneCv;

		Steps(AdjustableClock adjustable, CurrentUser employer, CurrentUser consultant, long unit, boolean oneCv) {
			this.adjustable = adjustable;
			this.employer = employer;
			this.consultant = consultant;
			this.unit = unit;
			this.oneCv = oneCv;
		}

		/**
		 * A slot opened on a day; referred, answered and filled so many days after.
		 * @param opened the day it opens
		 * @param referOn days to the referrals
		 * @param answerOn days to the employer's answer
		 * @param fillOn days to the completed agreement, or -1 for none
		 * @param declineAll whether the employer declines the round instead of choosing
		 */
		void run(LocalDate opened, int referOn, int answerOn, int fillOn, boolean declineAll) {
			try {
				at(opened);
				long slot = DemoQuality.this.slots.open(this.employer,
						new SlotDetails(this.unit, "Kvalitetsdemo: køkkenmedhjælper", "Demo med en fortid.",
								Scheme.WAGE_SUBSIDY, new BigDecimal("37"), opened.plusWeeks(4), "Demo, 33 66 33 66",
								true, true));
				at(opened.plusDays(referOn));
				for (int r = 0; r < (this.oneCv ? 1 : 2); r++) {
					DemoQuality.this.slots.refer(this.consultant, slot, next());
				}
				at(opened.plusDays(answerOn));
				SlotView view = DemoQuality.this.slots.view(this.employer, slot);
				if (declineAll && !this.oneCv) {
					Map<Long, String> reasons = new HashMap<>();
					view.waiting().forEach((r) -> reasons.put(r.citizenId(), "Passer ikke til stillingen"));
					DemoQuality.this.slots.answer(this.employer, slot, view.version(), null, reasons);
					return;
				}
				long chosen = view.waiting().get(0).citizenId();
				if (this.oneCv) {
					DemoQuality.this.slots.confirmHire(this.employer, slot, view.version());
				}
				else {
					Map<Long, String> reasons = new HashMap<>();
					view.waiting()
						.stream()
						.filter((r) -> r.citizenId() != chosen)
						.forEach((r) -> reasons.put(r.citizenId(), "Valgte en anden kandidat"));
					DemoQuality.this.slots.answer(this.employer, slot, view.version(), chosen, reasons);
				}
				if (fillOn < 0) {
					return;
				}
				LocalDate day = opened.plusDays(fillOn);
				at(day);
				DemoQuality.this.slots.updateAgreement(this.employer, slot,
						DemoQuality.this.slots.view(this.employer, slot).version(), new AgreementData(true, true,
								day.plusDays(7), new BigDecimal("37"), day.plusDays(7).plusMonths(3), true, true));
				DemoQuality.this.slots.completeAgreement(this.consultant, slot,
						DemoQuality.this.slots.view(this.consultant, slot).version());
				DemoQuality.this.placed.add(chosen);
			}
			catch (RuntimeException ex) {
				// a demo slot the rules refuse is left where it stopped
				log.debug("Demo quality slot stopped: {}", ex.getMessage());
			}
		}

		private long next() {
			long citizen = citizen();
			while (DemoQuality.this.placed.contains(citizen)) {
				citizen = citizen();
			}
			return citizen;
		}

		private void at(LocalDate day) {
			ZonedDateTime target = ZonedDateTime.of(day, LocalTime.of(10, 0), ClockConfiguration.ZONE);
			this.adjustable.advance(Duration.between(this.adjustable.instant(), target.toInstant()));
		}

	}

}
