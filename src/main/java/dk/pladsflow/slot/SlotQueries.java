package dk.pladsflow.slot;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dk.pladsflow.placement.Scheme;
import dk.pladsflow.shared.web.CountedPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of slots: lists filtered, sorted and paged in SQL, one query per page
 * (plus its count, up to a thousand rows past the page: {@link CountedPage}), using the
 * deadline indexes of V15 and V71.
 */
@Component
class SlotQueries {

	/** How many batches of candidates the suggestions read at most. */
	private static final int SUGGESTION_BATCHES = 5;

	private final JdbcClient jdbc;

	private final jakarta.persistence.EntityManager entityManager;

	SlotQueries(JdbcClient jdbc, jakarta.persistence.EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	void addSystemHistory(java.util.Collection<Long> slotIds, String actorName, String action, String details,
			Instant now) {
		if (slotIds.isEmpty()) {
			return;
		}
		// the statement writes past the persistence context: pending changes first, and
		// no slot loaded before it keeps a history without these lines
		this.entityManager.flush();
		this.jdbc.sql("""
				insert into slot_history (slot_id, at, actor_id, actor_name, action, details)
				select s.id, :now, null, :actor, :action, :details from slot s where s.id in (:slots)
				""")
			.param("now", Timestamp.from(now))
			.param("actor", actorName)
			.param("action", action)
			.param("details", details)
			.param("slots", slotIds)
			.update();
		this.entityManager.clear();
	}

	Map<Long, Instant> firstSlotByDepartment() {
		Map<Long, Instant> first = new HashMap<>();
		this.jdbc.sql("""
				select s.department_id, min(h.at) as first_at
				from slot s join slot_history h on h.slot_id = s.id and h.action = 'OPENED'
				group by s.department_id
				""").query((rs) -> {
			first.put(rs.getLong("department_id"), rs.getTimestamp("first_at").toInstant());
		});
		return first;
	}

	/**
	 * A department's slots that are not closed, with the age of their current period: the
	 * unused ones first, the oldest first.
	 */
	Page<SlotAge> ages(SlotFilter filter, LocalDate today, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where s.phase <> 'CLOSED' and s.department_id = :department");
		Map<String, Object> params = new HashMap<>();
		params.put("department", filter.departmentId());
		if (!filter.unitIds().isEmpty()) {
			where.append(" and s.unit_id in (:units)");
			params.put("units", filter.unitIds());
		}
		long total = this.jdbc.sql("select count(*) from slot s" + where).params(params).query(Long.class).single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<SlotAge> rows = this.jdbc
			.sql("""
					select s.id, s.title, u.name, s.scheme, s.phase,
					       case when s.phase = 'VACANT' then coalesce(s.vacant_since, s.opened_at) else s.opened_at end as period_start,
					       s.phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'VACANT') as unused
					from slot s
					join unit u on u.id = s.unit_id
					"""
					+ where + """
							 order by unused desc, period_start, s.id limit :limit offset :offset
							""")
			.params(params)
			.query((rs, n) -> {
				Instant start = rs.getTimestamp("period_start").toInstant();
				long days = java.time.temporal.ChronoUnit.DAYS
					.between(LocalDate.ofInstant(start, dk.pladsflow.shared.ClockConfiguration.ZONE), today);
				return new SlotAge(rs.getLong("id"), rs.getString("title"), rs.getString("name"),
						Scheme.valueOf(rs.getString("scheme")), SlotPhase.valueOf(rs.getString("phase")), start, days,
						rs.getBoolean("unused"));
			})
			.list();
		return new org.springframework.data.domain.PageImpl<>(rows, pageable, total);
	}

	Page<SlotRow> list(SlotFilter filter, Instant now, FlowSettings settings, Pageable pageable) {
		ListQuery query = listQuery(filter, now, pageable);
		long total = this.jdbc.sql(query.countSql()).params(query.params()).query(Long.class).single();
		long countLimit = CountedPage.countLimit(pageable);
		List<SlotRow> rows = this.jdbc.sql(query.pageSql()).params(query.params()).query((rs, n) -> {
			SlotPhase phase = SlotPhase.valueOf(rs.getString("phase"));
			Timestamp deadline = rs.getTimestamp("deadline");
			int minimum = rs.getBoolean("one_cv_mode") ? 1 : settings.roundMinimum();
			int needed = (phase == SlotPhase.REFERRAL) ? Math.max(0, minimum - rs.getInt("round_size")) : 0;
			return new SlotRow(rs.getLong("id"), rs.getString("title"), rs.getString("code"), rs.getString("name"),
					Scheme.valueOf(rs.getString("scheme")), phase, (deadline != null) ? deadline.toInstant() : null,
					deadline != null && deadline.toInstant().isBefore(now), needed, rs.getBoolean("problem"));
		}).list();
		return new CountedPage<>(new ArrayList<>(rows), pageable, total, countLimit);
	}

	/**
	 * The SQL of one page of a list, and of its count: the filters become conditions, so
	 * that each list uses the index made for it.
	 */
	ListQuery listQuery(SlotFilter filter, Instant now, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.departmentId() != null) {
			where.append(" and s.department_id = :department");
			params.put("department", filter.departmentId());
		}
		if (!filter.unitIds().isEmpty()) {
			where.append(" and s.unit_id in (:units)");
			params.put("units", filter.unitIds());
		}
		if (!filter.phases().isEmpty()) {
			where.append(" and s.phase in (:phases)");
			params.put("phases", filter.phases().stream().map(Enum::name).toList());
		}
		if (filter.overdueOnly()) {
			where.append(" and s.deadline < :now");
			params.put("now", Timestamp.from(now));
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		params.put("countLimit", CountedPage.countLimit(pageable));
		// the count reads the rows in the page's order, so that it uses the page's index
		// (a plain limit lets the planner hope to find them early in the table, while the
		// open slots are the newest, at its end)
		String order = " order by s.deadline asc nulls last, s.id";
		return new ListQuery(
				"select count(*) from (select 1 from slot s" + where + order + " limit :countLimit) counted",
				"""
						select s.id, s.title, d.code, u.name, s.scheme, s.phase, s.deadline, s.round_size, s.one_cv_mode,
						       s.problem_note is not null as problem
						from slot s
						join department d on d.id = s.department_id
						join unit u on u.id = s.unit_id
						"""
						+ where + order + " limit :limit offset :offset",
				params);
	}

	record ListQuery(String countSql, String pageSql, Map<String, Object> params) {
	}

	/**
	 * Citizens to suggest for a slot: active, not referred to it since it was opened
	 * (T0), not in a running wage-subsidy or internship placement (asked of the placement
	 * module for each batch of candidates, one query per batch); target group 1 first,
	 * then those whose job goal matches the slot's title or scheme, then the longest
	 * waiting. Without a search only target groups 1 and 2 are suggested; a search by
	 * name also finds groups 3 and 4 (whose referral the consultant then confirms).
	 */
	List<Suggestion> suggestions(long slotId, Instant openedAt, String title, Scheme scheme, String search, int limit,
			Function<Collection<Long>, Set<Long>> placed) {
		String text = (search == null) ? "" : search.trim().toLowerCase(java.util.Locale.ROOT);
		int batch = limit * 2;
		List<Suggestion> found = new ArrayList<>();
		for (int offset = 0; found.size() < limit && offset < batch * SUGGESTION_BATCHES; offset += batch) {
			List<Suggestion> candidates = this.jdbc.sql("""
					select c.id, c.name, c.case_reference, c.target_group, c.job_goal, c.cv_ready, c.waiting_since,
					       (c.job_goal is not null and (strpos(lower(:title), lower(c.job_goal)) > 0
					            or strpos(lower(c.job_goal), lower(:title)) > 0
					            or strpos(lower(c.job_goal), lower(:scheme)) > 0)) as goal_matches
					from citizen c
					where c.active
					  and (:text = '' or lower(c.name) like :text || '%' or lower(c.case_reference) = :text)
					  and (:text <> '' or c.target_group <= 2)
					  and not exists (select 1 from referral r
					                  where r.slot_id = :slot and r.citizen_id = c.id and r.referred_at >= :openedAt)
					order by (c.target_group = 1) desc, goal_matches desc, c.waiting_since, c.id
					limit :limit offset :offset
					""")
				.param("title", title)
				.param("scheme", schemeWord(scheme))
				.param("text", text)
				.param("slot", slotId)
				.param("openedAt", Timestamp.from(openedAt))
				.param("limit", batch)
				.param("offset", offset)
				.query((rs, n) -> new Suggestion(rs.getLong("id"), rs.getString("name"), rs.getString("case_reference"),
						rs.getInt("target_group"), rs.getString("job_goal"), rs.getBoolean("cv_ready"),
						rs.getDate("waiting_since").toLocalDate(), rs.getBoolean("goal_matches")))
				.list();
			Set<Long> busy = placed.apply(candidates.stream().map(Suggestion::citizenId).toList());
			candidates.stream()
				.filter((c) -> !busy.contains(c.citizenId()))
				.limit(limit - found.size())
				.forEach(found::add);
			if (candidates.size() < batch) {
				break;
			}
		}
		return found;
	}

	private static String schemeWord(Scheme scheme) {
		return switch (scheme) {
			case WAGE_SUBSIDY -> "løntilskud";
			case INTERNSHIP -> "praktik";
			case UTILITY_WORK -> "nytte";
			case FLEX_JOB -> "fleksjob";
		};
	}

	/**
	 * The unit's other agreements in phase 3 (wage subsidy, internship, utility work)
	 * whose agreed period covers the day; one without a start date yet counts (it is
	 * about to start), one without an end runs on. The ratio rule counts them with the
	 * placements.
	 */
	int agreementsCovering(long unitId, long exceptSlotId, LocalDate day) {
		return this.jdbc.sql("""
				select count(*) from slot s
				where s.unit_id = :unit and s.phase = 'AGREEMENT' and s.id <> :slot
				  and s.scheme in ('WAGE_SUBSIDY', 'INTERNSHIP', 'UTILITY_WORK')
				  and coalesce(s.agreed_start, :day) <= :day and (s.subsidy_end is null or s.subsidy_end >= :day)
				""").param("unit", unitId).param("slot", exceptSlotId).param("day", day).query(Integer.class).single();
	}

}
