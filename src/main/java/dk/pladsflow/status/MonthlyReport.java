package dk.pladsflow.status;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import dk.pladsflow.notification.NotificationMessage;
import dk.pladsflow.notification.Notifier;
import dk.pladsflow.scheduling.ScheduledTask;
import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report (job {@code monthly-snapshot}, by default the 1st of the month at
 * 06:00): freezes the previous month's status and tells every active manager, central and
 * department, that the report is there. Idempotent: the snapshot is made once per month,
 * and each manager is notified once per month (kind {@code snapshot-ready}, reference
 * {@code yyyy-MM}), so a repeated or late run (a catch-up after downtime, "run now") adds
 * nothing, except a notification for a manager who was not there before.
 */
@Service
class MonthlyReport {

	static final String KIND = "snapshot-ready";

	private final SnapshotService snapshots;

	private final UserService users;

	private final Notifier notifier;

	MonthlyReport(SnapshotService snapshots, UserService users, Notifier notifier) {
		this.snapshots = snapshots;
		this.users = users;
		this.notifier = notifier;
	}

	/**
	 * Freezes the month before {@code now}'s month (Copenhagen time) and notifies the
	 * managers.
	 * @param now the clock's now
	 * @return what was done
	 */
	@Transactional
	Result freezePreviousMonth(Instant now) {
		YearMonth month = YearMonth.from(now.atZone(ClockConfiguration.ZONE)).minusMonths(1);
		long snapshot = this.snapshots.createSnapshot(month);
		List<Long> notifications = this.notifier.notify(this.users.activeIdsWithRole(Role.MANAGER),
				NotificationMessage.of(KIND, month.toString(), "notification.snapshot.ready",
						"/status/snapshots/" + month.getYear() + "/" + month.getMonthValue(), month.getMonthValue(),
						month.getYear()));
		return new Result(month, snapshot, notifications);
	}

	/**
	 * What a run did.
	 *
	 * @param month the month frozen
	 * @param snapshotId its snapshot
	 * @param notifications the notifications made by this run
	 */
	record Result(YearMonth month, long snapshotId, List<Long> notifications) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		ScheduledTask monthlySnapshot(MonthlyReport report, Clock clock) {
			return ScheduledTask.of("monthly-snapshot", "0 0 6 1 * ?",
					() -> report.freezePreviousMonth(clock.instant()));
		}

	}

}
