package dk.pladsflow.scheduling;

import java.util.Objects;
import java.util.regex.Pattern;

import org.quartz.CronExpression;

/**
 * A job that runs on a cron schedule, in Copenhagen time. Declare one as a bean and the
 * scheduling infrastructure creates the Quartz job and trigger for it:
 *
 * <pre class="code">
 * &#64;Bean
 * ScheduledTask deadlineSweep(DeadlineService deadlines, Clock clock) {
 *     return ScheduledTask.of("deadline-sweep", "0 15 * * * ?", () -&gt; deadlines.sweep(clock.instant()));
 * }
 * </pre>
 *
 * The setting {@code pladsflow.jobs.<name>.cron} overrides the default cron expression.
 * The action should be one idempotent service call that takes the clock's now: a run may
 * be repeated (a catch-up after downtime, "run now", a node that died during the run). It
 * is never run twice at the same time, not even on two nodes.
 *
 * @param name unique name, lower case with dashes (also the key of the setting and of the
 * page's text {@code jobs.task.<name>})
 * @param defaultCron Quartz cron expression (seconds first) used when no setting is given
 * @param action what the job does
 */
public record ScheduledTask(String name, String defaultCron, Runnable action) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,99}");

	public ScheduledTask {
		Objects.requireNonNull(action, "action");
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a task name is lower case letters, digits and dashes: " + name);
		}
		if (defaultCron == null || !CronExpression.isValidExpression(defaultCron)) {
			throw new IllegalArgumentException("not a Quartz cron expression: " + defaultCron);
		}
	}

	/**
	 * A task.
	 * @param name unique name
	 * @param defaultCron cron expression unless a setting gives another
	 * @param action what the job does
	 * @return the task
	 */
	public static ScheduledTask of(String name, String defaultCron, Runnable action) {
		return new ScheduledTask(name, defaultCron, action);
	}

	/**
	 * The setting that overrides the cron expression.
	 * @return {@code pladsflow.jobs.<name>.cron}
	 */
	public String cronProperty() {
		return "pladsflow.jobs." + this.name + ".cron";
	}

}
