package dk.pladsflow.status;

import dk.pladsflow.outcome.OutcomeService;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.user.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * The facade of the scripted imports ({@code /api/import/*}): who may import a CSV file
 * through the API is decided here ({@code Permissions.scriptedImports}: administrators,
 * whose scripts run under their account), before the module that owns the data checks its
 * own rules and imports it. The API's URL rule is the second line.
 */
@Service
class ScriptedImports {

	private final PlacementService placements;

	private final TargetService targets;

	private final OutcomeService outcomes;

	ScriptedImports(PlacementService placements, TargetService targets, OutcomeService outcomes) {
		this.placements = placements;
		this.targets = targets;
		this.outcomes = outcomes;
	}

	/**
	 * Imports placements ({@link PlacementService#importCsv}).
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of placements imported
	 */
	int placements(CurrentUser user, byte[] content) {
		check(user);
		return this.placements.importCsv(user, content);
	}

	/**
	 * Imports target figures ({@link TargetService#importCsv}).
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of targets imported
	 */
	int targets(CurrentUser user, byte[] content) {
		check(user);
		return this.targets.importCsv(user, content);
	}

	/**
	 * Imports the citizens' status spells ({@link OutcomeService#importCsv}).
	 * @param user who imports: an administrator
	 * @param content the CSV file
	 * @return the number of spells imported
	 */
	int outcomes(CurrentUser user, byte[] content) {
		check(user);
		return this.outcomes.importCsv(user, content);
	}

	private static void check(CurrentUser user) {
		ForbiddenException.unless(user.may().scriptedImports(), "the API's imports are for administrators");
	}

}
