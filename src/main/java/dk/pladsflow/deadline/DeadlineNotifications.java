package dk.pladsflow.deadline;

import dk.pladsflow.notification.NotificationMessage;
import dk.pladsflow.notification.Notifier.Delivery;
import dk.pladsflow.notification.Notifier;
import dk.pladsflow.shared.web.Dates;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who must act. The events are published inside the job's transaction
 * and handled here in the same transaction, so a notification is stored exactly when the
 * breach, hearing, closure or review it reports is. Each carries a reference unique to
 * what it reports, so a rerun never tells anyone twice.
 */
@Component
class DeadlineNotifications {

	private final Notifier notifier;

	private final Dates dates;

	DeadlineNotifications(Notifier notifier, Dates dates) {
		this.notifier = notifier;
		this.dates = dates;
	}

	/** A whole sweep's breaches, stored in one statement however many there are. */
	@EventListener
	void deadlinesMissed(DeadlinesMissed sweep) {
		this.notifier.notifyAll(sweep.breaches()
			.stream()
			.map((breach) -> new Delivery(breach.recipientIds(),
					NotificationMessage.of("deadline-missed", "breach-" + breach.breachId(),
							"notification.deadline.phase" + breach.phase(), "/slots/" + breach.slotId(),
							breach.slotTitle(), this.dates.dateTime(breach.deadline()))))
			.toList());
	}

	@EventListener
	void hearingRequested(HearingRequested hearing) {
		this.notifier.notify(hearing.employerIds(),
				NotificationMessage.of("hearing", "hearing-" + hearing.hearingId(), "notification.hearing",
						"/slots/" + hearing.slotId(), hearing.slotTitle(), this.dates.date(hearing.closesAt())));
	}

	@EventListener
	void slotClosed(SlotClosed closed) {
		this.notifier.notify(closed.recipientIds(),
				NotificationMessage.of("slot-closed",
						"slot-closed-" + closed.slotId() + "-" + closed.closedAt().toEpochMilli(),
						"notification.slotClosed", "/slots/" + closed.slotId(), closed.slotTitle()));
	}

	@EventListener
	void followUpOpened(FollowUpOpened review) {
		this.notifier.notify(review.consultantIds(), NotificationMessage.of("follow-up", "review-" + review.reviewId(),
				"notification.followUp", "/follow-ups/" + review.reviewId(), review.half(), review.year()));
	}

}
