package dk.pladsflow.quality;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.pladsflow.quality.QualityReport.Scope;
import dk.pladsflow.slot.PhaseFigures.Units;
import dk.pladsflow.quality.QualityService.TrendPoint;
import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A computed quality report is kept while neither its data nor the clock changes it
 * (issue 12, item 5): reused while nothing changed, computed afresh after a slot's
 * transition, when a deadline passes with no change of the data, the next day, and when
 * the clock is moved back. One slot of a department of its own, opened on Monday 6 March
 * 2034 at 10:00 (week 1's deadline: 13 March, 10:00).
 */
@WebIntegrationTest
class QualityCacheTests extends QualityTestSupport {

	static final LocalDate DAY0 = LocalDate.of(2034, 3, 6);

	static final YearMonth MARCH = YearMonth.of(2034, 3);

	@Autowired
	QualityService quality;

	@Test
	void aKeptReportIsReusedWhileNothingChanges() {
		this.world.open(DAY0);
		this.world.at(DAY0.plusDays(3), LocalTime.of(9, 0));
		QualityReport first = this.quality.compute(MARCH, Scope.MONTH, Units.NONE);

		this.world.at(DAY0.plusDays(3), LocalTime.of(15, 0));

		assertThat(this.quality.compute(MARCH, Scope.MONTH, Units.NONE)).isSameAs(first);
		assertThat(this.quality.compute(MARCH, Scope.YEAR, Units.NONE)).isNotSameAs(first);
	}

	@Test
	void requestsAtTheSameMomentShareOneComputation() throws Exception {
		this.world.open(DAY0);
		this.world.at(DAY0.plusDays(3), LocalTime.of(9, 0));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<QualityReport>> asked = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				asked.add(pool.submit(() -> {
					start.await();
					return this.quality.compute(MARCH, Scope.YEAR, Units.NONE);
				}));
			}
			start.countDown();
			Set<QualityReport> reports = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Future<QualityReport> report : asked) {
				reports.add(report.get(60, TimeUnit.SECONDS));
			}
			// one computed it, the others waited for it (computed side by side, a year at
			// national volume took sixteen times as long for each of sixteen requests)
			assertThat(reports).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aSlotTransitionIsSeenAtOnce() {
		long slot = this.world.open(DAY0);
		this.world.refer(slot, DAY0.plusDays(1));
		this.world.at(DAY0.plusDays(3), LocalTime.of(9, 0));
		assertThat(unusedYoungerThanFourWeeks()).isOne();

		// chosen at 10:00 the same day: in phase 3, the slot is no longer unused
		this.world.choose(slot, DAY0.plusDays(3));

		assertThat(unusedYoungerThanFourWeeks()).isZero();
	}

	@Test
	void aDeadlineThatPassesChangesTheFiguresWithoutAnyChangeOfTheData() {
		this.world.open(DAY0);
		this.world.at(DAY0.plusDays(7), LocalTime.of(9, 0));
		assertThat(week1().due()).isZero();
		long revision = revision();

		this.world.at(DAY0.plusDays(7), LocalTime.of(10, 30));

		assertThat(revision()).isEqualTo(revision);
		assertThat(week1()).isEqualTo(new Share(1, 0));
	}

	@Test
	void aReportIsNotReusedOnTheNextDayNorAtAnEarlierMoment() {
		this.world.open(DAY0);
		this.world.at(DAY0.plusDays(3), LocalTime.of(12, 0));
		QualityReport noon = this.quality.compute(MARCH, Scope.MONTH, Units.NONE);

		this.world.at(DAY0.plusDays(3), LocalTime.of(11, 0));
		QualityReport earlier = this.quality.compute(MARCH, Scope.MONTH, Units.NONE);
		assertThat(earlier).isNotSameAs(noon);
		assertThat(earlier.periodEnd()).isEqualTo(noon.periodEnd());

		this.world.at(DAY0.plusDays(4), LocalTime.of(0, 30));
		QualityReport nextDay = this.quality.compute(MARCH, Scope.MONTH, Units.NONE);
		assertThat(nextDay).isNotSameAs(earlier);
		assertThat(nextDay.periodEnd()).isEqualTo(DAY0.plusDays(4));
	}

	@Test
	void theTrendIsKeptLikeTheReportsUntilADeadlinePassesOrTheDataChanges() {
		this.world.open(DAY0);
		this.world.at(DAY0.plusDays(7), LocalTime.of(9, 0));
		List<TrendPoint> before = this.quality.trend(this.world.departmentManager, MARCH);
		assertThat(march(before).week1()).isEqualTo(Share.NONE);
		assertThat(this.quality.trend(this.world.departmentManager, MARCH)).isSameAs(before);

		// week 1's deadline (13 March, 10:00) passes: no data changed, the figure did
		this.world.at(DAY0.plusDays(7), LocalTime.of(10, 30));
		List<TrendPoint> late = this.quality.trend(this.world.departmentManager, MARCH);
		assertThat(march(late).week1()).isEqualTo(new Share(1, 0));

		this.world.at(DAY0.plusDays(7), LocalTime.of(11, 0));
		assertThat(this.quality.trend(this.world.departmentManager, MARCH)).isSameAs(late);

		// a change of the data (what the triggers of V160 do on every change): afresh
		this.jdbc.sql("update quality_revision set revision = nextval('quality_revision_seq')").update();
		assertThat(this.quality.trend(this.world.departmentManager, MARCH)).isNotSameAs(late);
	}

	private static TrendPoint march(List<TrendPoint> trend) {
		return trend.stream().filter((p) -> p.month().equals(MARCH)).findFirst().orElseThrow();
	}

	private Share week1() {
		return own(this.quality.compute(MARCH, Scope.MONTH, Units.NONE)).week1();
	}

	private long unusedYoungerThanFourWeeks() {
		return own(this.quality.compute(MARCH, Scope.MONTH, Units.NONE)).openByAge().get("0-3");
	}

	private QualityFigures own(QualityReport report) {
		return report.departments()
			.stream()
			.filter((d) -> d.id() == this.world.department.id())
			.findFirst()
			.orElseThrow()
			.figures();
	}

	private long revision() {
		return this.jdbc.sql("select revision from quality_revision").query(Long.class).single();
	}

}
