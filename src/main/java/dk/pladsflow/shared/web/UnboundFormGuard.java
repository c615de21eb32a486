package dk.pladsflow.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Forms are records, built through their constructor: a value that cannot be converted (a
 * date of 31-02-2026, a number too large for its type, an unknown choice) leaves no form
 * object, only the binding errors. Every handler would then fail on the missing form;
 * instead such a request is refused here, once for all controllers, with the fields'
 * Danish messages on the 400 page ({@link ErrorPages}). Nothing is saved.
 */
@Component
class UnboundFormGuard implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
				return new ServletInvocableHandlerMethod(handlerMethod) {

					@Override
					protected Object doInvoke(Object... args) throws Exception {
						BindingResult unbound = null;
						for (Object arg : args) {
							if (arg instanceof BindingResult result && result.getTarget() == null
									&& result.hasErrors()) {
								unbound = result;
							}
						}
						if (unbound == null) {
							return super.doInvoke(args);
						}
						try {
							// the handler runs first, so its access check answers
							// before the form's errors do; it cannot save anything
							// from a form with errors
							super.doInvoke(args);
						}
						catch (AccessDeniedException | NotFoundException ex) {
							throw ex;
						}
						catch (Exception ex) {
							// the handler failed on the missing form object
						}
						throw new BindException(unbound);
					}

				};
			}

		};
	}

}
