package dk.pladsflow.slot;

import java.time.Instant;
import java.time.ZonedDateTime;

import dk.pladsflow.shared.ClockConfiguration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The flow's durations and round sizes ({@code pladsflow.flow.*}). Durations are calendar
 * days in Copenhagen time: a deadline 7 days after 10:00 on the day before a switch to
 * summer time is 10:00 seven days later.
 *
 * @param referralDays phase 1: days from the round's start to its referrals
 * @param responseDays phase 2: days from the round being sent to the employer's answer
 * @param agreementDays phase 3: days from the choice to the complete agreement
 * @param roundMinimum referrals that send a round (normal mode)
 * @param roundMaximum referrals a round can hold at most
 */
@ConfigurationProperties("pladsflow.flow")
public record FlowSettings(@DefaultValue("7") int referralDays, @DefaultValue("7") int responseDays,
		@DefaultValue("7") int agreementDays, @DefaultValue("2") int roundMinimum,
		@DefaultValue("3") int roundMaximum) {

	/** The defaults of the quality standard. */
	public static final FlowSettings DEFAULTS = new FlowSettings(7, 7, 7, 2, 3);

	/**
	 * The deadline a number of calendar days after a moment.
	 * @param from the moment
	 * @param days calendar days in Copenhagen time
	 * @return the deadline
	 */
	static Instant daysAfter(Instant from, int days) {
		return ZonedDateTime.ofInstant(from, ClockConfiguration.ZONE).plusDays(days).toInstant();
	}

}
