package dk.pladsflow.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.shared.web.NotFoundException;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserService;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.Trigger.TriggerState;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator sees and does on {@code /admin/jobs}: every job with its
 * schedule, state and last run; run now, pause and resume, each recorded in
 * {@code job_action}. The Quartz calls run in a transaction, so that the job store's
 * cluster lock holds until the change is committed. Every method refuses anyone but an
 * administrator, whatever URL the call came through.
 */
@Service
@Transactional
class JobAdministration {

	private final Scheduler scheduler;

	private final ScheduledTasks tasks;

	private final JdbcClient jdbc;

	private final UserService users;

	private final Clock clock;

	JobAdministration(Scheduler scheduler, ScheduledTasks tasks, JdbcClient jdbc, UserService users, Clock clock) {
		this.scheduler = scheduler;
		this.tasks = tasks;
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Every job of the application, in the order the tasks were declared.
	 * @param user who asks: an administrator
	 * @return the jobs
	 */
	@Transactional(readOnly = true)
	public List<JobRow> jobs(CurrentUser user) {
		user.checkAdminister();
		Map<String, LastRun> lastRuns = lastRuns();
		List<JobRow> rows = new ArrayList<>();
		for (ScheduledTask task : this.tasks.all()) {
			TriggerKey key = TriggerKey.triggerKey(task.name(), JobRegistrar.GROUP);
			try {
				Trigger trigger = this.scheduler.getTrigger(key);
				TriggerState state = (trigger != null) ? this.scheduler.getTriggerState(key) : TriggerState.NONE;
				rows.add(new JobRow(task.name(),
						(trigger instanceof CronTrigger cron) ? cron.getCronExpression() : this.tasks.cron(task),
						instant((trigger != null) ? trigger.getPreviousFireTime() : null),
						instant((trigger != null) ? trigger.getNextFireTime() : null), state.name(),
						lastRuns.get(task.name())));
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("the job store could not be read", ex);
			}
		}
		return rows;
	}

	private Map<String, LastRun> lastRuns() {
		return this.jdbc.sql("""
				select distinct on (job_name) job_name, started_at, duration_ms, outcome, fired_by, node
				from job_run order by job_name, started_at desc""")
			.query((rs, n) -> new LastRun(rs.getString("job_name"), rs.getTimestamp("started_at").toInstant(),
					rs.getLong("duration_ms"), rs.getString("outcome"), rs.getString("fired_by"), rs.getString("node")))
			.list()
			.stream()
			.collect(Collectors.toMap(LastRun::jobName, Function.identity()));
	}

	/**
	 * The latest actions of administrators on the jobs, newest first.
	 * @param user who asks: an administrator
	 * @param limit how many
	 * @return the actions
	 */
	@Transactional(readOnly = true)
	public List<ActionRow> recentActions(CurrentUser user, int limit) {
		user.checkAdminister();
		List<Object[]> rows = this.jdbc
			.sql("select job_name, action, user_id, at from job_action order by at desc, id desc limit ?")
			.param(limit)
			.query((rs,
					n) -> new Object[] { rs.getString("job_name"), rs.getString("action"), rs.getLong("user_id"),
							rs.getTimestamp("at").toInstant() })
			.list();
		Map<Long, String> names = this.users.displayNames(rows.stream().map((r) -> (Long) r[2]).toList());
		return rows.stream()
			.map((r) -> new ActionRow((String) r[0], (String) r[1], names.getOrDefault((Long) r[2], "?"),
					(Instant) r[3]))
			.toList();
	}

	/**
	 * Fires the job once, now, on whichever node picks it up first.
	 * @param name the job
	 * @param user the administrator
	 */
	public void runNow(String name, CurrentUser user) {
		change(name, "RUN_NOW", user,
				(job) -> this.scheduler.scheduleJob(TriggerBuilder.newTrigger()
					.withIdentity(TriggerKey.triggerKey(name + "-" + UUID.randomUUID(), JobRegistrar.MANUAL_GROUP))
					.forJob(job)
					.startNow()
					.build()));
	}

	/**
	 * Stops the job's schedule until it is resumed.
	 * @param name the job
	 * @param user the administrator
	 */
	public void pause(String name, CurrentUser user) {
		change(name, "PAUSE", user, this.scheduler::pauseJob);
	}

	/**
	 * Starts the job's schedule again. A firing missed while paused runs once now.
	 * @param name the job
	 * @param user the administrator
	 */
	public void resume(String name, CurrentUser user) {
		change(name, "RESUME", user, this.scheduler::resumeJob);
	}

	private void change(String name, String action, CurrentUser user, JobChange change) {
		user.checkAdminister();
		if (this.tasks.find(name).isEmpty()) {
			throw new NotFoundException("Job", name);
		}
		try {
			change.apply(JobKey.jobKey(name, JobRegistrar.GROUP));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(action + " failed for job " + name, ex);
		}
		this.jdbc.sql("insert into job_action (job_name, action, user_id, at) values (?, ?, ?, ?)")
			.params(name, action, user.id(), Timestamp.from(this.clock.instant()))
			.update();
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * A job on the page.
	 *
	 * @param name the task's name
	 * @param cron its cron expression
	 * @param previousFire when the trigger last fired, or null
	 * @param nextFire when it fires next, or null
	 * @param state Quartz's trigger state: NORMAL, PAUSED, BLOCKED (running), ERROR, NONE
	 * @param lastRun the last recorded run, or null
	 */
	record JobRow(String name, String cron, Instant previousFire, Instant nextFire, String state, LastRun lastRun) {

		public boolean paused() {
			return "PAUSED".equals(this.state);
		}

	}

	/**
	 * The last run of a job.
	 *
	 * @param jobName the job
	 * @param startedAt when it started
	 * @param durationMs how long it took
	 * @param outcome SUCCEEDED or FAILED
	 * @param firedBy SCHEDULE, MANUAL or RECOVERY
	 * @param node the scheduler instance that ran it
	 */
	record LastRun(String jobName, Instant startedAt, long durationMs, String outcome, String firedBy, String node) {
	}

	/**
	 * An administrator's action.
	 *
	 * @param jobName the job
	 * @param action RUN_NOW, PAUSE or RESUME
	 * @param user who
	 * @param at when
	 */
	record ActionRow(String jobName, String action, String user, Instant at) {
	}

	@FunctionalInterface
	private interface JobChange {

		void apply(JobKey job) throws SchedulerException;

	}

}
