package dk.pladsflow.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records every run of a job (start, duration, outcome, node) in {@code job_run}, for the
 * administrator page. A failure is logged with the job's name and the exception's class
 * only: exception messages may carry personal data.
 */
class JobRunRecorder implements JobListener {

	private static final Logger log = LoggerFactory.getLogger(JobRunRecorder.class);

	private static final String STARTED = JobRunRecorder.class.getName() + ".started";

	private final JdbcClient jdbc;

	private final Clock clock;

	JobRunRecorder(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String getName() {
		return "pladsflow-job-runs";
	}

	@Override
	public void jobToBeExecuted(JobExecutionContext context) {
		context.put(STARTED, this.clock.instant());
	}

	@Override
	public void jobExecutionVetoed(JobExecutionContext context) {
		// nothing ran
	}

	@Override
	public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
		Instant started = (Instant) context.get(STARTED);
		if (started == null) {
			started = this.clock.instant();
		}
		long duration = Math.max(0, Duration.between(started, this.clock.instant()).toMillis());
		String job = context.getJobDetail().getKey().getName();
		String error = null;
		if (failure != null) {
			Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
			error = cause.getClass().getName();
			log.warn("Job {} failed after {} ms: {}", job, duration, error);
		}
		else {
			log.info("Job {} ran in {} ms", job, duration);
		}
		try {
			this.jdbc.sql("""
					insert into job_run (job_name, fired_by, node, started_at, duration_ms, outcome, error)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(job, firedBy(context), node(context), Timestamp.from(started), duration,
						(failure != null) ? "FAILED" : "SUCCEEDED", error)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("The run of job {} could not be recorded: {}", job, ex.getClass().getName());
		}
	}

	private static String firedBy(JobExecutionContext context) {
		if (context.isRecovering()) {
			return "RECOVERY";
		}
		return JobRegistrar.MANUAL_GROUP.equals(context.getTrigger().getKey().getGroup()) ? "MANUAL" : "SCHEDULE";
	}

	private static String node(JobExecutionContext context) {
		try {
			return context.getScheduler().getSchedulerInstanceId();
		}
		catch (SchedulerException ex) {
			return "?";
		}
	}

}
