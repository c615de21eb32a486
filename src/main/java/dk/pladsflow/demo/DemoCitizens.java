package dk.pladsflow.demo;

import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.citizen.CprNumber;
import dk.pladsflow.citizen.Readiness;
import dk.pladsflow.user.CurrentUser;

/**
 * Forty made-up citizens across every target group (1–4), benefit and readiness,
 * registered by the demo consultant. The CPR numbers have a valid format but are
 * invented.
 */
final class DemoCitizens {

	private static final List<String> NAMES = List.of("Mette Hansen", "Ali Hassan", "Sofie Nielsen", "Jens Jensen",
			"Fatima Ahmed", "Lars Pedersen", "Emma Christensen", "Mohammad Rahimi", "Ida Larsen", "Peter Sørensen",
			"Amira Khalil", "Niels Rasmussen", "Freja Jørgensen", "Ole Petersen", "Zeynep Yilmaz", "Mads Madsen",
			"Camilla Kristensen", "Henrik Olsen", "Laura Thomsen", "Ahmed Mohamed", "Anne Poulsen", "Søren Johansen",
			"Nadia Haddad", "Rasmus Møller", "Julie Mortensen", "Kasper Knudsen", "Maja Jakobsen", "Omar Abdi",
			"Louise Mikkelsen", "Thomas Andersen", "Aisha Farah", "Michael Holm", "Cecilie Bak", "Jonas Lund",
			"Yasmin Ali", "Frederik Dahl", "Line Frederiksen", "Bashir Noori", "Signe Vestergaard", "Torben Lauridsen");

	private static final List<String> JOB_GOALS = List.of("Pædagogmedhjælper", "Kontorassistent", "Gartner",
			"Rengøring", "Køkkenmedhjælper", "Lagerarbejder", "Omsorgsmedhjælper", "Butiksassistent");

	private DemoCitizens() {
	}

	static void register(CitizenService citizens, CurrentUser consultant, LocalDate today) {
		Benefit[] benefits = Benefit.values();
		for (int i = 0; i < NAMES.size(); i++) {
			String caseReference = String.format("SAG-2026-%04d", i + 1);
			if (citizens.isRegistered(caseReference)) {
				continue;
			}
			CprNumber cpr = (i % 3 == 0) ? fakeCpr(i) : null;
			Benefit benefit = benefits[i % benefits.length];
			Readiness readiness = benefit.assessedForReadiness()
					? ((i % 4 == 0) ? Readiness.JOB_READY : Readiness.ACTIVITY_READY) : null;
			citizens.create(new CitizenData(NAMES.get(i), caseReference, cpr, 1 + (i % 4), benefit,
					JOB_GOALS.get(i % JOB_GOALS.size()), i % 4 != 3, today.minusDays(5 + 11L * i),
					i != NAMES.size() - 1, readiness), consultant);
		}
	}

	/**
	 * A number in the CPR format, made up: a birth date in the 1970s–90s and a serial.
	 */
	private static CprNumber fakeCpr(int i) {
		return new CprNumber(
				String.format("%02d%02d%02d-%04d", 1 + (i * 7) % 28, 1 + i % 12, 70 + (i * 3) % 30, 4100 + i * 37));
	}

}
