package dk.pladsflow.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The one Quartz job class: a thin shell that runs the {@link ScheduledTask} named in its
 * job data. Never two at the same time for one task (the job store enforces that across
 * the cluster).
 */
@DisallowConcurrentExecution
class TaskJob implements Job {

	static final String TASK = "task";

	private final ScheduledTasks tasks;

	TaskJob(ScheduledTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		String name = context.getMergedJobDataMap().getString(TASK);
		ScheduledTask task = this.tasks.find(name)
			.orElseThrow(() -> new JobExecutionException("no scheduled task " + name + " on this node"));
		try {
			task.action().run();
		}
		catch (RuntimeException ex) {
			// the listener records the failure; the next firing tries again
			throw new JobExecutionException(ex, false);
		}
	}

}
