package dk.pladsflow.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dk.pladsflow.shared.ClockConfiguration;
import dk.pladsflow.slot.PhaseFigures;
import dk.pladsflow.slot.PhaseFigures.Measure;

/**
 * One slot behind a figure, as the drill-down lists it.
 *
 * @param slotId the slot
 * @param title its title
 * @param departmentCode its department's code
 * @param unitName its unit's name
 * @param measure the measure
 * @param startedAt when the phase instance began (for an opening: T0)
 * @param deadline its deadline
 * @param endedAt when it ended (an opening: when the slot was filled), or null while it
 * runs
 * @param outcome how it ended ({@code SENT}, {@code CHOSEN}, …), or null
 * @param met whether the deadline was kept
 * @param daysLate Copenhagen calendar days from the deadline to the end (or to today,
 * while it runs); 0 when kept
 */
public record Behind(long slotId, String title, String departmentCode, String unitName, Measure measure,
		Instant startedAt, Instant deadline, Instant endedAt, String outcome, boolean met, long daysLate) {

	static Behind of(PhaseFigures.Instance i, String departmentCode, String unitName, LocalDate today) {
		long late = 0;
		if (!i.met()) {
			LocalDate end = (i.endedAt() != null) ? LocalDate.ofInstant(i.endedAt(), ClockConfiguration.ZONE) : today;
			late = Math.max(0,
					ChronoUnit.DAYS.between(LocalDate.ofInstant(i.deadline(), ClockConfiguration.ZONE), end));
		}
		return new Behind(i.slotId(), i.title(), departmentCode, unitName, i.measure(), i.startedAt(), i.deadline(),
				i.endedAt(), i.outcome(), i.met(), late);
	}

	/**
	 * Who had to act: the consultant in phase 1 (referring), the employer in phase 2 (the
	 * answer), both in phase 3 (the agreement) and for the whole opening.
	 * @return a message key's last part: {@code consultant}, {@code employer} or
	 * {@code both}
	 */
	public String whoActs() {
		return switch (this.measure) {
			case WEEK1 -> "consultant";
			case WEEK2 -> "employer";
			case WEEK3, FILLED_BY_WEEK3 -> "both";
		};
	}

}
