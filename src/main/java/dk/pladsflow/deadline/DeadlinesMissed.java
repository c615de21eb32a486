package dk.pladsflow.deadline;

import java.util.List;

/**
 * All the breaches one sweep recorded, published once after the single
 * {@link DeadlineBreached} events, so that a listener can handle a whole sweep at once
 * (the notifications are stored in one statement, whether there are ten or ten thousand).
 *
 * @param breaches the new breaches
 */
public record DeadlinesMissed(List<DeadlineBreached> breaches) {

}
