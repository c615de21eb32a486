package dk.pladsflow.shared.web;

import java.util.List;
import java.util.Locale;

import dk.pladsflow.shared.database.DatabaseErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps the application's exceptions to its error pages, once, for every controller. An
 * access denial is left to Spring Security, which renders the 403 page.
 * <p>
 * Input that breaks a declared limit (Bean Validation on a request parameter or a form
 * that is not shown again) gets the 400 page with the Danish messages; a database
 * constraint that a check before it missed (two people registering the same CPR number in
 * the same instant) gets the 409 page. Neither is logged with the values involved: a
 * duplicate key's detail names the key, and a key can be a CPR number.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex) {
		log.debug("404: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String changedBySomeoneElse(OptimisticLockingFailureException ex) {
		log.info("409: {}", ex.getMessage());
		return "error/409";
	}

	@ExceptionHandler(BadRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(BadRequestException ex, Model model, Locale locale) {
		log.debug("400: {}", ex.messageCode());
		return badInput(model,
				List.of(this.messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale)));
	}

	/**
	 * A rule refused a field that the controller does not show on a form (an action from
	 * a list, a forged id): the 400 page with the rule's message.
	 */
	@ExceptionHandler(FieldRejectedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String fieldRejected(FieldRejectedException ex, Model model, Locale locale) {
		log.debug("400: {}", ex.getMessage());
		return badInput(model, List.of(this.messages.getMessage(ex.messageCode(), null, ex.messageCode(), locale)));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidParameters(HandlerMethodValidationException ex, Model model, Locale locale) {
		log.debug("400: invalid parameters");
		return badInput(model, resolve(ex.getAllErrors(), locale));
	}

	/**
	 * A form that is not shown again with its errors: a JavaBean form without a
	 * BindingResult, or a record form whose constructor could not be called (a value that
	 * does not convert, see {@link UnboundFormGuard}).
	 */
	@ExceptionHandler(BindException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidForm(BindException ex, Model model, Locale locale) {
		log.debug("400: invalid form {}", ex.getObjectName());
		return badInput(model, resolve(ex.getAllErrors(), locale));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex, Model model, Locale locale) {
		log.info("413: upload over {} bytes", ex.getMaxUploadSize());
		return badInput(model, List.of(this.messages.getMessage("input.tooLarge", null, locale)));
	}

	/**
	 * A database constraint refused a change: logged by the constraint's name only (the
	 * driver's detail names the values), answered with the 409 page.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String constraintViolated(DataIntegrityViolationException ex, Model model, Locale locale) {
		log.warn("409: database constraint {}", DatabaseErrors.constraintName(ex));
		model.addAttribute("reason", this.messages.getMessage("error.integrity", null, locale));
		return "error/409";
	}

	private List<String> resolve(List<? extends MessageSourceResolvable> errors, Locale locale) {
		return errors.stream().map((e) -> this.messages.getMessage(e, locale)).distinct().toList();
	}

	private static String badInput(Model model, List<String> problems) {
		model.addAttribute("problems", problems);
		return "error/400";
	}

}
