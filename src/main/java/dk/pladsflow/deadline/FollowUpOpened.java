package dk.pladsflow.deadline;

import java.util.Set;

/**
 * A department's half-yearly follow-up is open and waits for its consultant.
 *
 * @param reviewId the review
 * @param departmentId the department
 * @param year the year
 * @param half 1 (January) or 2 (July)
 * @param consultantIds the department's contact consultant (empty if it has none)
 */
public record FollowUpOpened(long reviewId, long departmentId, int year, int half, Set<Long> consultantIds) {

}
