package dk.pladsflow.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Phase 4's durations ({@code pladsflow.closure.*}), in weeks after T0, counted in
 * Copenhagen calendar time.
 *
 * @param hearingWeeks when the employer is asked (week 24)
 * @param closureWeeks when an unused slot without an extension closes (week 26); the
 * employer always has the difference (two weeks) to answer, so a hearing asked late
 * (after downtime) moves the closure on
 * @param decisionDays how long a request to keep the slot holds the closure while nobody
 * has decided it (14 days), counted from the request
 */
@ConfigurationProperties("pladsflow.closure")
public record ClosureSettings(@DefaultValue("24") int hearingWeeks, @DefaultValue("26") int closureWeeks,
		@DefaultValue("14") int decisionDays) {

	/**
	 * The weeks the employer has to answer the hearing.
	 * @return closure weeks minus hearing weeks
	 */
	public int answerWeeks() {
		return this.closureWeeks - this.hearingWeeks;
	}

}
