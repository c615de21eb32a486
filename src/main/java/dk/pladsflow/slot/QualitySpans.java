package dk.pladsflow.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.shared.database.ReportMemory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quality measures of closed stretches of time, kept in the database (V190,
 * {@code docs/quality.md}, "Kept spans"): a period is read as the kept figures of its
 * whole months and days before today, and what happened today, counted live. A span that
 * is not kept (never computed, or forgotten by a change dated before its end) is computed
 * and stored first, each in its own transaction; the period is then read in one snapshot,
 * and read again if a span was forgotten meanwhile.
 */
@Component
class QualitySpans {

	/** Reads before a period is counted live throughout (a span forgotten each time). */
	static final int ATTEMPTS = 3;

	private final JdbcClient jdbc;

	/** A transaction of its own, committed before the next step. */
	private final TransactionTemplate separate;

	/** The period's read: one snapshot for the check and the statement. */
	private final TransactionTemplate snapshot;

	QualitySpans(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/**
	 * A kept span: a whole month or a single day (kind F: its figures), or the unused
	 * slots at the end of a day, aged to that day (kind U: a period's end) or to the next
	 * (kind V: the start of today, to which the day's changes are added).
	 *
	 * @param kind F, U or V
	 * @param start its first day
	 * @param end the day after it
	 */
	record Span(String kind, LocalDate start, LocalDate end) {

		Instant startMoment() {
			return this.start.atStartOfDay(ClockConfiguration.ZONE).toInstant();
		}

		Instant endMoment() {
			return this.end.atStartOfDay(ClockConfiguration.ZONE).toInstant();
		}

	}

	/**
	 * How a period is read: its kept spans, and the live rest from {@code liveFrom} to
	 * its end (none where the period ended before today).
	 *
	 * @param from the period's first moment
	 * @param spans the kept spans
	 * @param liveFrom the first moment counted live, or null
	 * @param unusedSince the moment whose unused slots a span of kind V keeps (the start
	 * of today), or null where they are counted live or read from a span of kind U
	 * @param to the moment after the period
	 * @param now the clock's moment
	 */
	record Plan(Instant from, List<Span> spans, Instant liveFrom, Instant unusedSince, Instant to, Instant now) {

		boolean live() {
			return this.liveFrom != null;
		}

		/** The period counted live throughout. */
		static Plan allLive(Instant from, Instant to, Instant now) {
			return new Plan(from, List.of(), from, null, to, now);
		}

	}

	/**
	 * Splits a period into kept spans and the live rest: every whole month before today
	 * is a month, every other day before today a day, and today is live. A period that
	 * ended before today takes its unused slots from a span of its end (if asked for);
	 * one that runs to today from the start of today and today's changes.
	 * @param from the period's first moment (a Copenhagen midnight)
	 * @param to the moment after it (a Copenhagen midnight)
	 * @param now the clock's moment
	 * @param unusedAtEnd whether the unused slots at the period's end are read
	 * @return the plan
	 */
	static Plan plan(Instant from, Instant to, Instant now, boolean unusedAtEnd) {
		Instant todayStart = LocalDate.ofInstant(now, ClockConfiguration.ZONE)
			.atStartOfDay(ClockConfiguration.ZONE)
			.toInstant();
		Instant keptTo = to.isAfter(todayStart) ? todayStart : to;
		LocalDate end = LocalDate.ofInstant(keptTo, ClockConfiguration.ZONE);
		List<Span> spans = new ArrayList<>();
		for (LocalDate d = LocalDate.ofInstant(from, ClockConfiguration.ZONE); d.isBefore(end);) {
			LocalDate next = (d.getDayOfMonth() == 1 && !d.plusMonths(1).isAfter(end)) ? d.plusMonths(1)
					: d.plusDays(1);
			spans.add(new Span("F", d, next));
			d = next;
		}
		if (!to.isAfter(todayStart)) {
			if (unusedAtEnd) {
				spans.add(new Span("U", end.minusDays(1), end));
			}
			return new Plan(from, List.copyOf(spans), null, null, to, now);
		}
		if (unusedAtEnd) {
			spans.add(new Span("V", end.minusDays(1), end));
		}
		return new Plan(from, List.copyOf(spans), from.isAfter(todayStart) ? from : todayStart,
				unusedAtEnd ? todayStart : null, to, now);
	}

	/**
	 * Reads a period: its kept spans (computed first where they are not kept) and the
	 * live rest, by a statement given the plan and the spans' ids. Where a span was
	 * forgotten between its computation and the read, it is computed and read again;
	 * after {@link #ATTEMPTS} the period is counted live throughout.
	 * @param <T> what the statement gives
	 * @param plan the period's plan
	 * @param statement runs the statement, in the read's transaction
	 * @return what the statement gave
	 */
	<T> T read(Plan plan, Function<Read, T> statement) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			List<Long> ids = ensure(plan);
			if (ids == null) {
				continue;
			}
			T value = this.snapshot.execute((tx) -> {
				long kept = this.jdbc
					.sql("select count(*) from quality_span where id in (:ids) and computed_at is not null")
					.param("ids", withNone(ids))
					.query(Long.class)
					.single();
				if (kept != ids.size()) {
					return null;
				}
				ReportMemory.raise(this.jdbc);
				return statement.apply(new Read(plan, withNone(ids)));
			});
			if (value != null) {
				return value;
			}
		}
		Plan live = Plan.allLive(plan.from(), plan.to(), plan.now());
		return this.snapshot.execute((tx) -> {
			ReportMemory.raise(this.jdbc);
			return statement.apply(new Read(live, withNone(List.of())));
		});
	}

	/**
	 * What a read's statement is given.
	 *
	 * @param plan the plan
	 * @param spanIds the kept spans' ids (with 0, which is none: a list for {@code in})
	 */
	record Read(Plan plan, List<Long> spanIds) {
	}

	private static List<Long> withNone(List<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		all.add(0L);
		return all;
	}

	/**
	 * The ids of a plan's spans, each computed and stored where it is not kept; null
	 * where a span's row was removed between its insertion and its reading.
	 */
	private List<Long> ensure(Plan plan) {
		if (plan.spans().isEmpty()) {
			return List.of();
		}
		Map<Span, Stored> rows = this.separate.execute((tx) -> {
			for (Span span : plan.spans()) {
				this.jdbc.sql("""
						insert into quality_span (kind, span_start, span_end, end_moment)
						values (:kind, :start, :end, :endMoment)
						on conflict (kind, span_start, span_end) do nothing""")
					.param("kind", span.kind())
					.param("start", span.start())
					.param("end", span.end())
					.param("endMoment", PhaseFigures.moment(span.endMoment()))
					.update();
			}
			Map<Span, Stored> found = new HashMap<>();
			this.jdbc.sql("""
					select id, kind, span_start, span_end, computed_at is not null as kept from quality_span
					where span_start >= :first and span_end <= :last""")
				.param("first", plan.spans().get(0).start())
				.param("last", plan.spans().get(plan.spans().size() - 1).end())
				.query((rs, n) -> found.put(
						new Span(rs.getString("kind"), rs.getObject("span_start", LocalDate.class),
								rs.getObject("span_end", LocalDate.class)),
						new Stored(rs.getLong("id"), rs.getBoolean("kept"))))
				.list();
			return found;
		});
		List<Long> ids = new ArrayList<>();
		List<Span> missing = new ArrayList<>();
		for (Span span : plan.spans()) {
			Stored row = rows.get(span);
			if (row == null) {
				// removed meanwhile (a month kept removes its days): try again
				return null;
			}
			ids.add(row.id());
			if (!row.kept()) {
				missing.add(span);
			}
		}
		if (!missing.isEmpty()) {
			// every transaction that forgot spans before these rows existed has ended
			this.separate.executeWithoutResult(
					(tx) -> this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(quality_span_lock())) barrier")
						.query(Integer.class)
						.single());
			for (Span span : missing) {
				compute(rows.get(span).id(), span, plan.now());
			}
		}
		return ids;
	}

	/**
	 * A span's row: its id, and whether its figures are kept.
	 *
	 * @param id the row's id
	 * @param kept whether it is computed and not forgotten since
	 */
	private record Stored(long id, boolean kept) {
	}

	/**
	 * Computes and stores one span, under the lock of its row: a change that forgets it
	 * meanwhile waits, and forgets it again after.
	 */
	private void compute(long id, Span span, Instant now) {
		this.separate.executeWithoutResult((tx) -> {
			boolean kept = this.jdbc.sql("select computed_at is not null from quality_span where id = :id for update")
				.param("id", id)
				.query(Boolean.class)
				.single();
			if (kept) {
				return;
			}
			this.jdbc.sql("delete from quality_span_figures where span_id = :id").param("id", id).update();
			this.jdbc.sql("delete from quality_span_fills where span_id = :id").param("id", id).update();
			ReportMemory.raise(this.jdbc);
			Instant end = span.endMoment();
			boolean figures = "F".equals(span.kind());
			// U: aged to the day that ends there; V: to the day that begins there
			LocalDate agedTo = "V".equals(span.kind()) ? span.end()
					: LocalDate.ofInstant(end.minus(1, ChronoUnit.MICROS), ClockConfiguration.ZONE);
			PhaseFigures
				.period(PhaseFigures.ageBounds(this.jdbc.sql(PhaseFigures.SPAN_FIGURES), agedTo), span.startMoment(),
						end)
				.param("span", id)
				.param("now", PhaseFigures.moment(now))
				.param("at", PhaseFigures.moment(end))
				.param("fillDays", PhaseFigures.FILL_DAYS)
				.param("withFigures", figures)
				.param("withUnused", !figures)
				.param("unusedSince", null)
				.param("allUnits", true)
				.param("unitsOf", null)
				.query(Long.class)
				.single();
			if (figures && !span.start().plusDays(1).equals(span.end())) {
				// a month kept: its days are read no more
				this.jdbc.sql("""
						delete from quality_span
						where kind = 'F' and span_start >= :start and span_end <= :end and span_end = span_start + 1""")
					.param("start", span.start())
					.param("end", span.end())
					.update();
			}
			this.jdbc.sql("update quality_span set computed_at = now() where id = :id").param("id", id).update();
		});
	}

}
