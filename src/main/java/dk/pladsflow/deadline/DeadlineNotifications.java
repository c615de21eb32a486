package dk.pladsflow.deadline;

import dk.pladsflow.notification.NotificationMessage;
import dk.pladsflow.notification.Notifier.Delivery;
import dk.pladsflow.notification.Notifier;
import dk.pladsflow.shared.web.Dates;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who must act: deadline breached, hearing asked, request to keep, slot
 * closed, follow-up opened → notifications. Each listener is an
 * {@link ApplicationModuleListener}: it runs after the job's (or the answer's)
 * transaction has committed, in one of its own, so a notification is sent only for what
 * was stored; Spring Modulith's JDBC event publication registry keeps the event until the
 * listener has committed, so a failing listener (or a crash) loses no notification — the
 * publication stays incomplete and is resubmitted. Each message carries a reference
 * unique to what it reports, so a resubmission or a rerun never tells anyone twice.
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
	@ApplicationModuleListener
	void deadlinesMissed(DeadlinesMissed sweep) {
		this.notifier.notifyAll(sweep.breaches()
			.stream()
			.map((breach) -> new Delivery(breach.recipientIds(),
					NotificationMessage.of("deadline-missed", "breach-" + breach.breachId(),
							"notification.deadline.phase" + breach.phase(), "/slots/" + breach.slotId(),
							breach.slotTitle(), this.dates.dateTime(breach.deadline()))))
			.toList());
	}

	@ApplicationModuleListener
	void hearingRequested(HearingRequested hearing) {
		this.notifier.notify(hearing.employerIds(),
				NotificationMessage.of("hearing", "hearing-" + hearing.hearingId(), "notification.hearing",
						"/slots/" + hearing.slotId(), hearing.slotTitle(), this.dates.date(hearing.closesAt())));
	}

	@ApplicationModuleListener
	void keepRequested(KeepRequested request) {
		this.notifier.notify(request.deciderIds(),
				NotificationMessage.of("keep-requested", "keep-requested-" + request.hearingId(),
						"notification.keepRequested", "/slots/" + request.slotId() + "#hearing", request.slotTitle(),
						this.dates.date(request.decideBy())));
	}

	@ApplicationModuleListener
	void slotClosed(SlotClosed closed) {
		this.notifier.notify(closed.recipientIds(),
				NotificationMessage.of("slot-closed",
						"slot-closed-" + closed.slotId() + "-" + closed.closedAt().toEpochMilli(),
						"notification.slotClosed", "/slots/" + closed.slotId(), closed.slotTitle()));
	}

	@ApplicationModuleListener
	void followUpOpened(FollowUpOpened review) {
		this.notifier.notify(review.consultantIds(), NotificationMessage.of("follow-up", "review-" + review.reviewId(),
				"notification.followUp", "/follow-ups/" + review.reviewId(), review.half(), review.year()));
	}

}
