package dk.pladsflow.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
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
						for (Object arg : args) {
							if (arg instanceof BindingResult result && result.getTarget() == null
									&& result.hasErrors()) {
								throw new BindException(result);
							}
						}
						return super.doInvoke(args);
					}

				};
			}

		};
	}

}
