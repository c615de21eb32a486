package dk.pladsflow.scheduling;

import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

import dk.pladsflow.shared.ClockConfiguration;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the job store in line with the declared {@link ScheduledTask}s at start-up: a
 * durable, recoverable job and a cron trigger (Copenhagen time, misfire: fire once now)
 * for each; a trigger is only replaced when its schedule changed, so a firing missed
 * while every node was down still runs once on start-up; jobs of tasks that no longer
 * exist are deleted. Runs in one transaction, under the job store's lock, so nodes that
 * start together do not trip over each other.
 */
@Component
class JobRegistrar implements SmartInitializingSingleton {

	static final String GROUP = "pladsflow";

	/** The group of the one-off triggers of "run now". */
	static final String MANUAL_GROUP = "pladsflow-manual";

	static final TimeZone ZONE = TimeZone.getTimeZone(ClockConfiguration.ZONE);

	private static final Logger log = LoggerFactory.getLogger(JobRegistrar.class);

	private final Scheduler scheduler;

	private final ScheduledTasks tasks;

	private final TransactionTemplate transaction;

	JobRegistrar(Scheduler scheduler, ScheduledTasks tasks, TransactionTemplate transaction) {
		this.scheduler = scheduler;
		this.tasks = tasks;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> {
			try {
				register();
			}
			catch (SchedulerException ex) {
				throw new IllegalStateException("the scheduled jobs could not be registered", ex);
			}
		});
	}

	private void register() throws SchedulerException {
		for (ScheduledTask task : this.tasks.all()) {
			JobKey job = JobKey.jobKey(task.name(), GROUP);
			this.scheduler.addJob(JobBuilder.newJob(TaskJob.class)
				.withIdentity(job)
				.withDescription(task.name())
				.usingJobData(TaskJob.TASK, task.name())
				.storeDurably()
				.requestRecovery()
				.build(), true);
			String cron = this.tasks.cron(task);
			CronTrigger wanted = trigger(task, cron);
			Trigger existing = this.scheduler.getTrigger(wanted.getKey());
			if (existing == null) {
				try {
					this.scheduler.scheduleJob(wanted);
					log.info("Scheduled job {} on '{}'", task.name(), cron);
				}
				catch (ObjectAlreadyExistsException ex) {
					log.debug("Job {} was scheduled by another node", task.name());
				}
			}
			else if (!sameSchedule(existing, wanted)) {
				this.scheduler.rescheduleJob(wanted.getKey(), wanted);
				log.info("Rescheduled job {} on '{}'", task.name(), cron);
			}
		}
		Set<String> names = this.tasks.all().stream().map(ScheduledTask::name).collect(Collectors.toSet());
		for (JobKey job : this.scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
			if (!names.contains(job.getName())) {
				this.scheduler.deleteJob(job);
				log.info("Deleted job {}: no task of that name any more", job.getName());
			}
		}
	}

	static CronTrigger trigger(ScheduledTask task, String cron) {
		return TriggerBuilder.newTrigger()
			.withIdentity(TriggerKey.triggerKey(task.name(), GROUP))
			.forJob(task.name(), GROUP)
			.withSchedule(CronScheduleBuilder.cronSchedule(cron)
				.inTimeZone(ZONE)
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private static boolean sameSchedule(Trigger existing, CronTrigger wanted) {
		return existing instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
				&& cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
				&& cron.getMisfireInstruction() == wanted.getMisfireInstruction();
	}

}
