package dk.pladsflow.scheduling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The tasks the modules declared, by name, with the cron expression each runs on.
 */
@Component
class ScheduledTasks {

	private final Map<String, ScheduledTask> byName = new LinkedHashMap<>();

	private final Environment environment;

	ScheduledTasks(List<ScheduledTask> tasks, Environment environment) {
		this.environment = environment;
		for (ScheduledTask task : tasks) {
			if (this.byName.putIfAbsent(task.name(), task) != null) {
				throw new IllegalStateException("two scheduled tasks are named " + task.name());
			}
			cron(task);
		}
	}

	Optional<ScheduledTask> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	List<ScheduledTask> all() {
		return List.copyOf(this.byName.values());
	}

	/**
	 * The cron expression the task runs on: the setting, or the task's default.
	 */
	String cron(ScheduledTask task) {
		String cron = this.environment.getProperty(task.cronProperty(), task.defaultCron()).trim();
		if (!org.quartz.CronExpression.isValidExpression(cron)) {
			throw new IllegalStateException(task.cronProperty() + " is not a Quartz cron expression: " + cron);
		}
		return cron;
	}

}
