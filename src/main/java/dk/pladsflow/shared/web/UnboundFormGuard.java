package dk.pladsflow.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;

import jakarta.validation.Validator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Forms are records, built through their constructor: a value that cannot be converted (a
 * date of 31-02-2026, a number too large for its type, letters in a number field) leaves
 * a binding result without the form object, or no form at all. Every handler would then
 * fail on the missing form. Here, once for all controllers:
 * <ul>
 * <li>Where every value that did not convert is one people type — a number, an amount, a
 * date ({@link #TYPED}) — Spring has built the record with those fields empty; it is
 * checked by its Bean Validation and handed to the handler with all the errors (the typed
 * text kept as the rejected value): the handler shows the form again, with the input as
 * typed and the Danish message ({@code typeMismatch.*}) by the field. Nothing is saved,
 * since a handler saves only a form without errors.</li>
 * <li>Otherwise — a hidden version, an id or a choice that does not convert, which the
 * form never sends — the request was not made by the form: the 400 page with the fields'
 * messages ({@link ErrorPages}), as before.</li>
 * </ul>
 */
@Component
class UnboundFormGuard implements WebMvcRegistrations {

	/**
	 * The types of the fields people type into (numbers, amounts, dates); an
	 * unconvertible value there is a typo. Ids ({@code Long}), choices (enums), sets and
	 * the hidden version ({@code long}) come from the form's own options, so an
	 * unconvertible one there is a request the form did not make.
	 */
	static final Set<Class<?>> TYPED = Set.of(Integer.class, Short.class, BigDecimal.class, BigInteger.class,
			Double.class, Float.class, LocalDate.class, LocalDateTime.class, LocalTime.class, YearMonth.class);

	private final ObjectProvider<Validator> validator;

	UnboundFormGuard(ObjectProvider<Validator> validator) {
		// looked up when a request needs it: the MVC set-up asks for this guard first
		this.validator = validator;
	}

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
				return new ServletInvocableHandlerMethod(handlerMethod) {

					@Override
					protected Object[] getMethodArgumentValues(NativeWebRequest request, ModelAndViewContainer mav,
							Object... providedArgs) throws Exception {
						// here rather than around the invocation, so that Spring's method
						// validation of the arguments still runs
						Object[] args = super.getMethodArgumentValues(request, mav, providedArgs);
						if (mav != null) {
							rebindTypedForms(args, getMethodParameters(), mav);
						}
						return args;
					}

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

	/**
	 * Gives each record form whose binding failed only on typed values a binding result
	 * of its own: Spring built the record with those fields empty (null) but left the
	 * binding result without it, so no handler would see the form. The new result holds
	 * the same errors and the Bean Validation errors of the other fields; it replaces the
	 * old one in the arguments and the model.
	 */
	private void rebindTypedForms(Object[] args, MethodParameter[] parameters, ModelAndViewContainer mav) {
		for (int i = 1; i < args.length; i++) {
			if (args[i] instanceof BindingResult unbound && unbound.getTarget() == null && unbound.hasErrors()
					&& args[i - 1] != null && args[i - 1].getClass().isRecord()
					&& args[i - 1].getClass() == parameters[i - 1].getParameterType()
					&& onlyTypedValuesFailed(args[i - 1].getClass(), unbound)) {
				BindingResult rebound = rebind(args[i - 1], unbound);
				args[i] = rebound;
				mav.getModel().putAll(rebound.getModel());
			}
		}
	}

	private static boolean onlyTypedValuesFailed(Class<?> type, BindingResult unbound) {
		return unbound.getGlobalErrorCount() == 0 && unbound.getFieldErrors()
			.stream()
			.allMatch((error) -> error.isBindingFailure() && Arrays.stream(type.getRecordComponents())
				.anyMatch((c) -> c.getName().equals(error.getField()) && TYPED.contains(c.getType())));
	}

	private BindingResult rebind(Object form, BindingResult unbound) {
		BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, unbound.getObjectName());
		rebound.addAllErrors(unbound);
		BeanPropertyBindingResult checked = new BeanPropertyBindingResult(form, unbound.getObjectName());
		new SpringValidatorAdapter(this.validator.getObject()).validate(form, checked);
		checked.getFieldErrors()
			.stream()
			.filter((error) -> !rebound.hasFieldErrors(error.getField()))
			.forEach(rebound::addError);
		return rebound;
	}

}
