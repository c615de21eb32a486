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
 * @param dueOn the last day of the half-year's first month
 * @param proposal what the consultant proposes for the department's slots
 */
public record FollowUpReview(long id, long departmentId, String departmentLabel, int year, int half, Instant openedAt,
		Instant completedAt, String completedBy, String note, long version, java.time.LocalDate dueOn,
		String proposal) {

	/**
	 * One comment of the department's employers or managers.
	 *
	 * @param author who wrote it
	 * @param at when
	 * @param text what
	 */
	public record Comment(String author, Instant at, String text) {

	}

	/**
	 * Whether it is still open after its due date.
	 * @param today today in Copenhagen
	 * @return true if overdue
	 */
	public boolean overdueOn(java.time.LocalDate today) {
		return open() && this.dueOn != null && this.dueOn.isBefore(today);
	}

	/**
	 * Whether it still waits for the consultant.
	 * @return true until completed
	 */
	public boolean open() {
		return this.completedAt == null;
	}

}
