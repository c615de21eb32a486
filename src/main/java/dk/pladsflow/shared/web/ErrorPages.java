package dk.pladsflow.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Maps the application's exceptions to its error pages, once, for every controller. An
 * access denial is left to Spring Security, which renders the 403 page.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

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

}
