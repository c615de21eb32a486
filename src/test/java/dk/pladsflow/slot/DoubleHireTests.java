package dk.pladsflow.slot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import dk.pladsflow.placement.DoubleHireException;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No double hire (issue 10, item 4): a citizen is in at most one wage-subsidy or
 * internship placement on any day. Checked when the employer chooses and when the
 * agreement is completed, with a message that names the clash and nothing saved;
 * guaranteed by the database's exclusion constraint (V110). Not transactional: the
 * constraint is what is tested, and every statement commits as in the running
 * application.
 */
@IntegrationTest
class DoubleHireTests extends SlotTestSupport {

	@Autowired
	PlacementService placements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void choosingACitizenWhoWasPlacedMeanwhileIsRefusedWithAMessageNamingThePlacement() {
		SentRound round = sentRound();
		LocalDate today = today();
		this.placements.register(new PlacementData(this.world.sof, this.world.sofUnit, Scheme.INTERNSHIP,
				today.minusDays(3), today.plusWeeks(3), "SAG-X-" + this.world.tag, round.anna(), null));

		assertThatThrownBy(() -> this.slots.answer(this.world.bufEmployer, round.slot(), round.version(), round.anna(),
				Map.of(round.bent(), "Valgte en anden")))
			.isInstanceOfSatisfying(SlotRuleException.class, (ex) -> {
				assertThat(ex.messageCode()).isEqualTo("slot.doubleHire");
				String text = this.messages.getMessage(ex.messageCode(), ex.arguments(), Locale.forLanguageTag("da"));
				assertThat(text).contains("Virksomhedspraktik", "Enhed C " + this.world.tag,
						Dates.format(today.minusDays(3)), Dates.format(today.plusWeeks(3)));
			});
		SlotView after = this.slots.view(this.world.bufEmployer, round.slot());
		assertThat(after.phase()).as("nothing saved").isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		assertThat(after.version()).isEqualTo(round.version());
	}

	@Test
	void inOneCvModeConfirmingTheHireOfACitizenPlacedMeanwhileIsRefused() {
		long suf = this.organisation.departmentByCode("SUF").orElseThrow().id();
		long unit = this.organisation.createUnit(UserMother.ADMIN, suf,
				new dk.pladsflow.organisation.UnitData("Enhed D " + this.world.tag, null, null, 40));
		dk.pladsflow.user.CurrentUser employer = this.world.user("ag-suf", dk.pladsflow.user.Role.EMPLOYER, suf,
				java.util.Set.of());
		long slot = this.slots.open(employer, SlotWorld.details(unit));
		long anna = this.world.citizen("Anna");
		this.slots.refer(this.world.consultant, slot, anna);
		LocalDate today = today();
		this.placements.register(new PlacementData(this.world.buf, this.world.bufUnit, Scheme.WAGE_SUBSIDY,
				today.minusDays(1), null, "SAG-Y-" + this.world.tag, anna, null));
		long before = version(slot);

		assertThatThrownBy(() -> this.slots.confirmHire(employer, slot, before)).hasMessage("slot.doubleHire");
		assertThat(this.slots.view(employer, slot).phase()).isEqualTo(SlotPhase.EMPLOYER_RESPONSE);
		assertThat(version(slot)).isEqualTo(before);
	}

	@Test
	void completingAnAgreementForACitizenHiredElsewhereInTheSameDaysIsRefused() {
		LocalDate start = today().plusDays(7);
		SentRound first = sentRound();
		this.slots.answer(this.world.bufEmployer, first.slot(), first.version(), first.anna(),
				Map.of(first.bent(), "Valgte en anden"));
		long second = this.slots.open(this.world.sofEmployer, SlotWorld.details(this.world.sofUnit));
		this.slots.refer(this.world.consultant, second, first.anna());
		this.slots.refer(this.world.consultant, second, this.world.citizen("Carl"));
		this.slots.answer(this.world.sofEmployer, second, version(second), first.anna(),
				Map.of(this.slots.view(this.world.sofEmployer, second)
					.referrals()
					.stream()
					.filter((r) -> r.citizenId() != first.anna())
					.findFirst()
					.orElseThrow()
					.citizenId(), "Valgte en anden"));
		agree(first.slot(), this.world.bufEmployer, start, start.plusMonths(3).minusDays(1));
		agree(second, this.world.sofEmployer, start.plusMonths(1), start.plusMonths(2));
		this.slots.completeAgreement(this.world.consultant, first.slot(), version(first.slot()));
		// the placement starts when the slot module's PlacementAgreed event is delivered,
		// just after the commit: wait for that state, not for a time
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.placements.ofSlot(first.slot(), start).isPresent());

		long before = version(second);
		assertThatThrownBy(() -> this.slots.completeAgreement(this.world.consultant, second, before))
			.isInstanceOfSatisfying(SlotRuleException.class, (ex) -> {
				assertThat(ex.messageCode()).isEqualTo("slot.doubleHire");
				assertThat(this.messages.getMessage(ex.messageCode(), ex.arguments(), Locale.forLanguageTag("da")))
					.contains("Løntilskud", "Enhed A " + this.world.tag, Dates.format(start));
			});
		assertThat(this.slots.view(this.world.sofEmployer, second).phase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(version(second)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from placement where citizen_id = ?", Long.class,
				first.anna()))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAnOverlappingWageSubsidyOrInternshipButNotUtilityWorkOrFlexJobs() {
		long anna = this.world.citizen("Anna");
		LocalDate start = LocalDate.of(2026, 3, 1);
		insert(anna, "WAGE_SUBSIDY", start, start.plusMonths(4).minusDays(1));

		assertThatThrownBy(() -> insert(anna, "INTERNSHIP", start.plusMonths(2), start.plusMonths(3)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ex_placement_citizen_one_at_a_time");
		assertThatThrownBy(() -> insert(anna, "WAGE_SUBSIDY", start.minusMonths(1), null))
			.as("an open end overlaps everything after its start")
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insert(anna, "INTERNSHIP", start.plusMonths(4).minusDays(1), null))
			.as("both ends are inclusive")
			.isInstanceOf(DataIntegrityViolationException.class);

		insert(anna, "INTERNSHIP", start.plusMonths(4), start.plusMonths(5));
		insert(anna, "UTILITY_WORK", start.plusMonths(1), start.plusMonths(2));
		insert(anna, "FLEX_JOB", start.plusMonths(1), null);
		assertThat(this.jdbc.queryForObject("select count(*) from placement where citizen_id = ?", Long.class, anna))
			.isEqualTo(4);
	}

	/**
	 * Two agreements for one citizen completed at the same moment both pass the check;
	 * the database refuses the second placement, and the placement module says why.
	 */
	@Test
	void theDatabasesRefusalReachesTheFlowAsADoubleHire() {
		long anna = this.world.citizen("Anna");
		LocalDate start = LocalDate.of(2024, 5, 1);
		this.placements.register(new PlacementData(this.world.buf, this.world.bufUnit, Scheme.WAGE_SUBSIDY, start,
				start.plusMonths(4), "SAG-A-" + this.world.tag, anna, null));
		assertThatThrownBy(() -> this.placements.register(new PlacementData(this.world.sof, this.world.sofUnit,
				Scheme.INTERNSHIP, start.plusMonths(1), start.plusMonths(2), "SAG-B-" + this.world.tag, anna, null)))
			.isInstanceOf(DoubleHireException.class);
		assertThat(this.placements.clash(anna, start.plusMonths(1), null)).get()
			.satisfies((clash) -> assertThat(clash.scheme()).isEqualTo(Scheme.WAGE_SUBSIDY));
		assertThat(this.placements.clash(anna, start.plusMonths(4).plusDays(1), null)).isEmpty();
	}

	@Test
	void placementsWithoutACitizenLinkAreOutsideTheConstraint() {
		LocalDate start = LocalDate.of(2025, 3, 1);
		String ref = "SAG-IMPORT-" + this.world.tag;
		for (int i = 0; i < 2; i++) {
			this.jdbc.update("""
					insert into placement (department_id, scheme, start_date, end_date, citizen_ref)
					values (?, 'WAGE_SUBSIDY', ?, ?, ?)""", this.world.buf, start.plusDays(i), start.plusMonths(3),
					ref);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from placement where citizen_ref = ?", Long.class, ref))
			.isEqualTo(2);
	}

	private void insert(long citizen, String scheme, LocalDate start, LocalDate end) {
		this.jdbc.update("""
				insert into placement (department_id, unit_id, scheme, start_date, end_date, citizen_ref, citizen_id)
				values (?, ?, ?, ?, ?, ?, ?)""", this.world.buf, this.world.bufUnit, scheme, start, end,
				"SAG-" + citizen + "-" + scheme + "-" + start, citizen);
	}

	private void agree(long slot, dk.pladsflow.user.CurrentUser employer, LocalDate start, LocalDate end) {
		this.slots.updateAgreement(employer, slot, version(slot),
				new AgreementData(true, true, start, new BigDecimal("37"), end, true, true));
	}

	private long version(long slot) {
		return this.slots.view(this.world.consultant, slot).version();
	}

	private static LocalDate today() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	/** Dates as the messages show them. */
	private static final class Dates {

		static String format(LocalDate date) {
			return dk.pladsflow.shared.web.Dates.DATE.format(date);
		}

	}

}
