package dk.pladsflow.outcome;

import java.io.IOException;

import dk.pladsflow.shared.csv.ImportPage;
import dk.pladsflow.user.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forløb → Borgeres status: the administrators' import of the citizens' status spells.
 * {@link OutcomeService} decides who may import.
 */
@Controller
class OutcomeImportController {

	private static final ImportPage IMPORT = new ImportPage("outcome", OutcomeService.IMPORT_COLUMNS,
			java.util.List.of(), "/outcomes/import", "/placements");

	private final OutcomeService outcomes;

	OutcomeImportController(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	@GetMapping("/outcomes/import")
	String importForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		this.outcomes.checkMayImport(user);
		return IMPORT.render(model, null);
	}

	@PostMapping("/outcomes/import")
	String importFile(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		// without a file too: the facade answers who may import first
		byte[] content = (file != null) ? file.getBytes() : new byte[0];
		return IMPORT.run(model, redirect, () -> this.outcomes.importCsv(user, content), "outcome.imported",
				"/placements");
	}

}
