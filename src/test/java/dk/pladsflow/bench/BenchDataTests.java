package dk.pladsflow.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.deadline.DeadlineSweep;
import dk.pladsflow.slot.SlotFilter;
import dk.pladsflow.slot.SlotPhase;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The benchmark data generator at a small scale (1,000 slots), in a transaction that is
 * rolled back: the proportions the issue asks for, every reference the foreign keys would
 * have checked, the slot flow's own rules, and the application working on the data (the
 * consultant's worklist, the sweep finding the overdue slots).
 */
@IntegrationTest
@Transactional
class BenchDataTests {

	private static final BigDecimal SCALE = new BigDecimal("0.02");

	@Autowired
	BenchData data;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserService users;

	@Autowired
	SlotService slots;

	@Autowired
	DeadlineSweep sweep;

	@Test
	void generatesTenYearsOfStatusSpellsForAlmostEveryCitizenAndPrivatePlacements() {
		generate();
		String bench = " from citizen_status_spell where citizen_ref like 'BENCH-%'";
		// 1,000 citizens, 19 in 20 known, about 27 spells each, one in 20 missing
		assertThat(this.jdbc.queryForObject("select count(distinct citizen_ref)" + bench, Long.class)).isEqualTo(950);
		assertThat(this.jdbc.queryForObject("select count(*)" + bench, Long.class)).isBetween(15_000L, 40_000L);
		assertThat(this.jdbc.queryForObject("select min(start_date)" + bench, LocalDate.class))
			.isBefore(LocalDate.now().minusYears(10));
		assertThat(this.jdbc.queryForObject("select count(*)" + bench + " and end_date is null", Long.class))
			.as("the current spells")
			.isBetween(800L, 950L);
		assertThat(this.jdbc.queryForList("select distinct status" + bench, String.class))
			.containsExactlyInAnyOrder("JOB", "EDUCATION", "BENEFIT", "OTHER");
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from (
						  select start_date, lag(coalesce(end_date, 'infinity')) over (partition by citizen_ref order by start_date) as previous_end
						  from citizen_status_spell where citizen_ref like 'BENCH-%') s
						where previous_end >= start_date""",
				Long.class))
			.as("overlapping spells")
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from placement where sector = 'PRIVATE'", Long.class))
			.isGreaterThan(20);
	}

	@Test
	void generatesTheProportionsAtTheChosenScale() {
		BenchData.Counts before = this.data.counts();
		BenchData.Counts after = generate();
		assertThat(after.slots() - before.slots()).isEqualTo(1000);
		assertThat(after.citizens() - before.citizens()).isEqualTo(1000);
		assertThat(after.referrals() - before.referrals()).isBetween(2700L, 3300L);
		assertThat(after.placements() - before.placements()).isBetween(1100L, 1200L);
		assertThat(after.units() - before.units()).isBetween(3L, 10L);
		// a few percent open, and a quarter of those overdue: about 1 % of all slots
		assertThat(after.open() - before.open()).isBetween(25L, 60L);
		assertThat(after.overdue() - before.overdue()).isBetween(4L, 20L);
		// every scheme, and placements overlapping the turn of a year
		assertThat(this.jdbc.queryForList("select distinct scheme from placement", String.class))
			.containsExactlyInAnyOrder("WAGE_SUBSIDY", "INTERNSHIP", "UTILITY_WORK", "FLEX_JOB");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from placement
				where extract(year from start_date) < extract(year from coalesce(end_date, current_date))""",
				Long.class))
			.isGreaterThan(100);
		// departments of very different sizes, targets for ten years and more
		List<Long> perDepartment = this.jdbc
			.queryForList("select count(*) from slot group by department_id order by count(*) desc", Long.class);
		assertThat(perDepartment.get(0)).isGreaterThan(5 * perDepartment.get(perDepartment.size() - 1));
		assertThat(this.jdbc.queryForObject("select count(distinct year) from target_figure", Long.class))
			.isGreaterThanOrEqualTo(11);
	}

	@Test
	void everyReferenceHolds() {
		generate();
		List<Map<String, Object>> foreignKeys = this.jdbc.queryForList("""
				select c.conname, c.conrelid::regclass::text as child, a.attname as child_column,
				       c.confrelid::regclass::text as parent, p.attname as parent_column
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				join pg_attribute p on p.attrelid = c.confrelid and p.attnum = c.confkey[1]
				where c.contype = 'f' and cardinality(c.conkey) = 1
				  and c.connamespace = 'public'::regnamespace and c.conrelid::regclass::text not like 'qrtz%'""");
		assertThat(foreignKeys).hasSizeGreaterThan(20);
		for (Map<String, Object> fk : foreignKeys) {
			Long orphans = this.jdbc.queryForObject("select count(*) from %s t where t.%s is not null and not exists "
				.formatted(fk.get("child"), fk.get("child_column"))
					+ "(select 1 from %s r where r.%s = t.%s)".formatted(fk.get("parent"), fk.get("parent_column"),
							fk.get("child_column")),
					Long.class);
			assertThat(orphans).as(fk.get("conname").toString()).isZero();
		}
	}

	@Test
	void followsTheSlotFlowsRules() {
		generate();
		// open slots have a deadline, the others none
		assertThat(count("""
				select count(*) from slot
				where (phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')) <> (deadline is not null)""")).isZero();
		// the round's size is its referrals: proposed in phases 1-2
		assertThat(count("""
				select count(*) from slot s
				where s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE')
				  and s.round_size <> (select count(*) from referral r
				                       where r.slot_id = s.id and r.round_no = s.round_no and r.state = 'PROPOSED')"""))
			.isZero();
		// phase 2 has been sent; phase 3 and on have a chosen referral of their own
		assertThat(count("select count(*) from slot where phase = 'EMPLOYER_RESPONSE' and round_sent_at is null"))
			.isZero();
		assertThat(count("""
				select count(*) from slot s
				where s.phase in ('AGREEMENT', 'FILLED', 'VACANT')
				  and not exists (select 1 from referral r
				                  where r.id = s.chosen_referral_id and r.slot_id = s.id and r.state = 'CHOSEN')"""))
			.isZero();
		// a filled or vacant slot's placement is its own, running or ended as its phase
		// says
		assertThat(count("""
				select count(*) from slot s
				where s.phase in ('FILLED', 'VACANT')
				  and not exists (select 1 from placement p
				                  where p.id = s.placement_id and p.slot_id = s.id
				                    and (s.phase = 'VACANT') = (p.end_date < current_date))""")).isZero();
		// one referral per citizen and slot (the unique key), and referrals by the
		// consultant
		assertThat(count("select count(*) from referral where referred_by is null")).isZero();
	}

	@Test
	void givesEverySlotItsPathThroughTheFlowAsPhaseInstances() {
		long lastBefore = count("select coalesce(max(id), 0) from slot");
		generate();
		String generated = " from slot_phase_instance i where i.slot_id > " + lastBefore + " ";
		// one running instance per slot, the current phase
		assertThat(count("""
				select count(*) from slot s
				where (select count(*) from slot_phase_instance i where i.slot_id = s.id and i.ended_at is null) <> 1
				   or not exists (select 1 from slot_phase_instance i
				                  where i.slot_id = s.id and i.ended_at is null and i.phase = s.phase)""")).isZero();
		// 3 to 6 instances a slot on average, each beginning where the one before ended
		double perSlot = (double) count("select count(*)" + generated)
				/ count("select count(*) from slot where id > " + lastBefore);
		assertThat(perSlot).isBetween(3.0, 6.0);
		assertThat(count("""
				select count(*) from (
				  select ended_at, lead(started_at) over (partition by slot_id order by started_at, id) as next_start
				  from slot_phase_instance where slot_id > %d) i
				where ended_at is distinct from next_start""".formatted(lastBefore))).isZero();
		// every way a phase ends in the flow, mostly within the deadline, some after it
		assertThat(this.jdbc.queryForList("select distinct outcome" + generated + " and i.outcome is not null",
				String.class))
			.contains("SENT", "CHOSEN", "DECLINED", "COMPLETED", "CLOSED", "ENDED");
		double met = (double) count("select count(*)" + generated
				+ " and i.deadline < now() and i.ended_at <= i.deadline and i.outcome <> 'CLOSED'")
				/ count("select count(*)" + generated + " and i.deadline < now()");
		assertThat(met).isBetween(0.75, 0.92);
		// the closure heard the employer first, mostly
		double heard = (double) count("select count(*)" + generated + """
				and i.outcome = 'CLOSED' and exists (select 1 from slot_history h
				  where h.slot_id = i.slot_id and h.action = 'HEARING_ASKED' and h.at <= i.ended_at
				  and h.at >= case i.phase when 'VACANT' then i.started_at else i.opened_at end)""")
				/ count("select count(*)" + generated + " and i.outcome = 'CLOSED'");
		assertThat(heard).isBetween(0.9, 0.995);
	}

	@Test
	void theApplicationWorksOnIt() {
		generate();
		CurrentUser consultant = this.users.byUsername("konsulent")
			.map((u) -> CurrentUser.of(u.id(), u.username(), Set.of(Role.CONSULTANT), null, Set.of()))
			.orElseThrow();
		long open = count("select count(*) from slot where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT')");
		assertThat(
				this.slots
					.list(consultant,
							new SlotFilter(null, Set.of(),
									java.util.EnumSet.of(SlotPhase.REFERRAL, SlotPhase.EMPLOYER_RESPONSE,
											SlotPhase.AGREEMENT),
									false),
							PageRequest.of(0, 25))
					.getTotalElements())
			.isEqualTo(open);
		Instant now = this.jdbc.queryForObject("select now()", java.sql.Timestamp.class).toInstant();
		long overdue = count("""
				select count(*) from slot
				where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT') and deadline <= now()""");
		assertThat(this.sweep.sweep(now)).hasSize((int) overdue);
	}

	@Test
	void refusesWithoutTheDemoUsersAndASecondTime() {
		if (!this.users.exists("konsulent")) {
			assertThatIllegalStateException().isThrownBy(() -> this.data.generate(SCALE))
				.withMessageContaining("demo users");
		}
		generate();
		assertThat(this.data.generated()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> this.data.generate(SCALE)).withMessageContaining("already");
	}

	private BenchData.Counts generate() {
		if (!this.users.exists("konsulent")) {
			this.users.create(UserMother.ADMIN, "konsulent", "demo-demo-demo",
					new UserData("Karen Konsulent", null, Set.of(Role.CONSULTANT), null, Set.of()));
		}
		return this.data.generate(SCALE);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
