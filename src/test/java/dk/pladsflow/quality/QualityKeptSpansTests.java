package dk.pladsflow.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.pladsflow.quality.QualityReport.Scope;
import dk.pladsflow.slot.PhaseFigures.Units;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.pladsflow.test.Concurrently.await;
import static dk.pladsflow.test.Concurrently.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality measures of closed months and days are kept (V190, {@code docs/quality.md},
 * "Kept spans"), on the worked example (read on 04-08-2031: January to July are kept
 * months, the unused slots at the end of July a kept span): the report is summed from the
 * kept rows, a change dated in the past forgets the spans from its moment on, a step
 * taken now forgets and locks none, and a span computed while such a change is open waits
 * for it. To see which rows a report read, a test alters a kept row by hand: a figure
 * that follows it was read from it.
 */
@WebIntegrationTest
class QualityKeptSpansTests extends QualityTestSupport {

	static final YearMonth JULY = YearMonth.of(2031, 7);

	@Autowired
	QualityService quality;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theYearIsSummedFromTheKeptSpans() {
		workedExample();
		assertThat(week1().met()).isEqualTo(2);
		assertThat(spans("computed_at is not null")).containsExactly("F 2031-01-01 2031-02-01",
				"F 2031-02-01 2031-03-01", "F 2031-03-01 2031-04-01", "F 2031-04-01 2031-05-01",
				"F 2031-05-01 2031-06-01", "F 2031-06-01 2031-07-01", "F 2031-07-01 2031-08-01",
				"U 2031-07-31 2031-08-01");

		// January's department row, altered to one more round sent in time
		assertThat(this.jdbc.sql("""
				update quality_span_figures f set w1_met = w1_met + 1
				from quality_span s
				where s.id = f.span_id and s.kind = 'F' and s.span_start = date '2031-01-01'
				  and s.span_end = date '2031-02-01' and f.department_id = :department and f.unit_id is null""")
			.param("department", this.world.department.id())
			.update()).isOne();
		forgetReports();

		assertThat(week1().met()).isEqualTo(3);
	}

	@Test
	void aChangeDatedInThePastForgetsTheSpansFromItsMomentOn() {
		workedExample();
		Share before = week1();
		// C's closure on 07-07-2031, recorded an hour later
		assertThat(this.jdbc.sql("""
				update slot_phase_instance set ended_at = ended_at + interval '1 hour'
				where slot_id = :slot and outcome = 'CLOSED'""").param("slot", slot(2)).update()).isOne();

		assertThat(spans("computed_at is null")).containsExactly("F 2031-07-01 2031-08-01", "U 2031-07-31 2031-08-01");
		assertThat(spans("computed_at is not null")).hasSize(6);
		// counted again, with the same figures
		QualityFigures figures = own();
		assertThat(figures.week1()).isEqualTo(before);
		assertThat(figures.closedUnused()).isOne();
		assertThat(figures.closedAfterHearing()).isOne();
		assertThat(spans("computed_at is null")).isEmpty();
	}

	@Test
	void aStepTakenNowForgetsAndLocksNoKeptSpan() throws Exception {
		workedExample();
		week1();
		List<String> kept = spans("computed_at is not null");
		long spanRows = this.jdbc.sql("select count(*) from quality_span").query(Long.class).single();
		CountDownLatch opened = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newSingleThreadExecutor();
		try {
			// a slot opened today, in a transaction that stays open
			Future<?> step = threads.submit(() -> this.transaction.executeWithoutResult((tx) -> {
				this.world.open(LocalDate.of(2031, 8, 4));
				opened.countDown();
				await(release);
			}));
			await(opened);

			// a span could still be computed meanwhile: no row is locked
			Long free = this.transaction.execute(
					(tx) -> this.jdbc.sql("select count(*) from (select 1 from quality_span for update nowait) locked")
						.query(Long.class)
						.single());
			assertThat(free).isEqualTo(spanRows);
			release.countDown();
			step.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}

		assertThat(spans("computed_at is not null")).isEqualTo(kept);
	}

	@Test
	void aSpanComputedWhileAnEarlierChangeIsOpenWaitsForIt() throws Exception {
		workedExample();
		assertThat(week1().met()).isEqualTo(2);
		// no span kept: the change below forgets none; and no report kept (the change's
		// own new revision is not seen before it commits)
		this.jdbc.sql("delete from quality_span").update();
		forgetReports();
		CountDownLatch changed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// A's round of 09-01-2031, recorded as sent a day after its deadline, in a
			// transaction that commits only when told
			Future<?> change = threads.submit(() -> this.transaction.executeWithoutResult((tx) -> {
				this.jdbc.sql("""
						update slot_phase_instance set ended_at = deadline + interval '1 day'
						where slot_id = :slot and phase = 'REFERRAL' and started_at = opened_at""")
					.param("slot", slot(0))
					.update();
				changed.countDown();
				await(release);
			}));
			await(changed);
			Future<Share> report = threads.submit(this::week1);
			until("the computation waits for the change", () -> waitingForTheBarrier() > 0);
			release.countDown();
			change.get(30, TimeUnit.SECONDS);
			assertThat(report.get(30, TimeUnit.SECONDS).met()).isOne();
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}

		// and what was kept holds the change
		forgetReports();
		assertThat(week1().met()).isOne();
		assertThat(spans("computed_at is null")).isEmpty();
	}

	@Test
	void theUnusedSlotsOfTheRunningMonthAreThoseAtTheStartOfTodayAndTodaysSteps() {
		workedExample();
		// 04-08-2031 at noon: D (opened 03-02-2031, extended) is unused, 26 weeks old
		YearMonth august = YearMonth.of(2031, 8);
		assertThat(unused(august)).containsExactly(0L, 0L, 0L, 1L, 0L);
		String kept = this.jdbc
			.sql("select computed_at::text from quality_span where kind = 'V' and span_end = date '2031-08-04'")
			.query(String.class)
			.single();

		// today: E is opened, and D gets its round (its next phase still counts from T0)
		long e = this.world.open(LocalDate.of(2031, 8, 4));
		this.world.refer(slot(3), LocalDate.of(2031, 8, 4));
		forgetReports();
		assertThat(unused(august)).containsExactly(1L, 0L, 0L, 1L, 0L);
		// the count of the start of today still holds: today's steps were added to it
		assertThat(this.jdbc
			.sql("select computed_at::text from quality_span where kind = 'V' and span_end = date '2031-08-04'")
			.query(String.class)
			.single()).isEqualTo(kept);

		// E is closed now: it is no longer unused
		this.jdbc.sql("""
				update slot_phase_instance set ended_at = started_at, outcome = 'CLOSED'
				where slot_id = :e and ended_at is null""").param("e", e).update();
		forgetReports();
		assertThat(unused(august)).containsExactly(0L, 0L, 0L, 1L, 0L);
	}

	/** The department's unused slots by age in a month, 0-3 weeks to 27 and more. */
	private List<Long> unused(YearMonth month) {
		return List.copyOf(this.quality.compute(month, Scope.MONTH, Units.NONE)
			.departments()
			.stream()
			.filter((d) -> d.id() == this.world.department.id())
			.findFirst()
			.orElseThrow()
			.figures()
			.openByAge()
			.values());
	}

	/** The worked example's department, July 2031, year to date. */
	private QualityFigures own() {
		return this.quality.compute(JULY, Scope.YEAR, Units.NONE)
			.departments()
			.stream()
			.filter((d) -> d.id() == this.world.department.id())
			.findFirst()
			.orElseThrow()
			.figures();
	}

	private Share week1() {
		return own().week1();
	}

	/** The worked example's slots A, B, C, D, by their order. */
	private long slot(int index) {
		return this.jdbc.sql("select id from slot where department_id = :department order by id")
			.param("department", this.world.department.id())
			.query(Long.class)
			.list()
			.get(index);
	}

	/**
	 * Those of the spans a year to date of July 2031 reads (its months, the unused slots
	 * at its end) that meet a condition, as "kind start end".
	 */
	private List<String> spans(String condition) {
		return this.jdbc.sql("""
				select kind || ' ' || span_start || ' ' || span_end from quality_span
				where span_start >= date '2031-01-01' and span_end <= date '2031-08-01'
				  and (kind = 'F' and span_end = (span_start + interval '1 month')::date or kind = 'U')
				  and""" + " " + condition + " order by kind, span_start").query(String.class).list();
	}

	/** As after a change of the data: the kept reports are not used again. */
	private void forgetReports() {
		this.jdbc.sql("update quality_revision set revision = nextval('quality_revision_seq')").update();
	}

	/** Sessions waiting for an advisory lock: the computation's barrier. */
	private long waitingForTheBarrier() {
		return this.jdbc.sql("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and wait_event = 'advisory'""").query(Long.class).single();
	}

}
