package dk.pladsflow.citizen;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Citizens for tests: say only what matters, the rest is a plausible default.
 */
final class CitizenMother {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private String name;

	private String caseReference;

	private CprNumber cpr;

	private int targetGroup = 1;

	private Benefit benefit = Benefit.CASH_BENEFIT;

	private LocalDate waitingSince = LocalDate.of(2026, 1, 15);

	private CitizenMother(String name, String caseReference) {
		this.name = name;
		this.caseReference = caseReference;
	}

	static CitizenMother data(String name, String caseReference) {
		return new CitizenMother(name, caseReference);
	}

	/** A case reference no other test uses. */
	static String uniqueCaseReference() {
		return "T-" + System.currentTimeMillis() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	/** A valid CPR number no other test uses (day 01–28, a unique sequence number). */
	static String uniqueCpr() {
		int n = SEQUENCE.incrementAndGet();
		int day = 1 + (n % 28);
		int month = 1 + ((n / 28) % 12);
		return String.format("%02d%02d%02d-%04d", day, month, 60 + (n / 336) % 40, n % 10_000);
	}

	CitizenMother cpr(String cpr) {
		this.cpr = CprNumber.parse(cpr);
		return this;
	}

	CitizenMother targetGroup(int targetGroup) {
		this.targetGroup = targetGroup;
		return this;
	}

	CitizenMother benefit(Benefit benefit) {
		this.benefit = benefit;
		return this;
	}

	CitizenMother waitingSince(LocalDate waitingSince) {
		this.waitingSince = waitingSince;
		return this;
	}

	CitizenData build() {
		return new CitizenData(this.name, this.caseReference, this.cpr, this.targetGroup, this.benefit, "Gartner", true,
				this.waitingSince, true);
	}

}
