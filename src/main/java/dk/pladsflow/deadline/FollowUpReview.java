package dk.pladsflow.deadline;

import java.time.Instant;

/**
 * One department's half-yearly follow-up, as lists and its page show it.
 *
 * @param id the review
 * @param departmentId the department
 * @param departmentLabel code and name
 * @param year the year
 * @param half 1 (January) or 2 (July)
 * @param openedAt when it was opened
 * @param completedAt when the consultant completed it, or null while it is open
 * @param completedBy who completed it
 * @param note the consultant's note
 * @param version for optimistic locking
 */
public record FollowUpReview(long id, long departmentId, String departmentLabel, int year, int half, Instant openedAt,
		Instant completedAt, String completedBy, String note, long version) {

	/**
	 * Whether it still waits for the consultant.
	 * @return true until completed
	 */
	public boolean open() {
		return this.completedAt == null;
	}

}
