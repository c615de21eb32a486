package dk.pladsflow.status;

import java.util.List;
import java.util.Map;

import dk.pladsflow.shared.csv.CsvFileException;
import dk.pladsflow.shared.csv.ImportRejectedException;
import dk.pladsflow.user.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scripted imports, as an administrator with HTTP Basic: the CSV file is the request body
 * ({@code Content-Type: text/csv}). {@code 200 {"imported":N}}, or {@code 422
 * {"errors":[{"line":7,"message":"..."}]}} and nothing saved (a file that cannot be read
 * at all, such as a wrong header, is one error on line 1); a body over
 * {@code pladsflow.import.max-body-size} is {@code 413} in the same form, unread
 * ({@link ImportBodyLimit}).
 */
@RestController
class ImportApiController {

	private final ScriptedImports imports;

	private final MessageSource messages;

	ImportApiController(ScriptedImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/import/placements", consumes = "text/csv")
	Map<String, Integer> placements(@AuthenticationPrincipal CurrentUser user, @RequestBody byte[] content) {
		return Map.of("imported", this.imports.placements(user, content));
	}

	@PostMapping(path = "/api/import/targets", consumes = "text/csv")
	Map<String, Integer> targets(@AuthenticationPrincipal CurrentUser user, @RequestBody byte[] content) {
		return Map.of("imported", this.imports.targets(user, content));
	}

	/** Issue 14: the citizens' status spells ({@code docs/outcomes.md}). */
	@PostMapping(path = "/api/import/outcomes", consumes = "text/csv")
	Map<String, Integer> outcomes(@AuthenticationPrincipal CurrentUser user, @RequestBody byte[] content) {
		return Map.of("imported", this.imports.outcomes(user, content));
	}

	/**
	 * A body over {@code pladsflow.import.max-body-size} ({@link ImportBodyLimit}): 413,
	 * with the limit, in the same form as a refused file. Any other unreadable body is
	 * left to Spring MVC (400).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, List<ImportErrors.Line>>> unreadableBody(HttpMessageNotReadableException ex)
			throws HttpMessageNotReadableException {
		if (!(NestedExceptionUtils.getRootCause(ex) instanceof ImportBodyLimit.BodyTooLargeException tooLarge)) {
			throw ex;
		}
		String message = this.messages.getMessage("import.api.tooLarge",
				new Object[] { ImportBodyLimit.readable(tooLarge.limit()) }, LocaleContextHolder.getLocale());
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("errors", List.of(new ImportErrors.Line(1, message))));
	}

	@ExceptionHandler(ImportRejectedException.class)
	ResponseEntity<Map<String, List<ImportErrors.Line>>> rejected(ImportRejectedException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Map.of("errors", ImportErrors.lines(ex, this.messages, LocaleContextHolder.getLocale())));
	}

	@ExceptionHandler(CsvFileException.class)
	ResponseEntity<Map<String, List<ImportErrors.Line>>> unreadable(CsvFileException ex) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.body(Map.of("errors", ImportErrors.lines(ex, this.messages, LocaleContextHolder.getLocale())));
	}

}
