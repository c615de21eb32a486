package dk.pladsflow.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application as Spring MVC maps it: one "METHOD /pattern" per HTTP
 * method and path pattern of each handler method (a mapping without a method is listed as
 * GET and POST). The tables of {@link EndpointAccessTests} and {@link BadInputSweepTests}
 * must have a row for each.
 */
final class Endpoints {

	private Endpoints() {
	}

	static Set<String> of(RequestMappingHandlerMapping mapping) {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> effective = methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : effective) {
					endpoints.add(method + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	/**
	 * The parameters each endpoint reads: its path variables, request parameters (not
	 * files) and the fields of its form object.
	 * @param mapping Spring MVC's handler mapping
	 * @return the parameter names by "METHOD /pattern"
	 */
	static Map<String, Set<String>> parameters(RequestMappingHandlerMapping mapping) {
		Map<String, Set<String>> parameters = new TreeMap<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			Set<String> names = new TreeSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				names.addAll(namesOf(parameter));
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					parameters.put(method + " " + pattern, names);
				}
			}
		});
		return parameters;
	}

	/**
	 * The names of a pattern's path variables, in order ({@code {action:run|pause}} is
	 * "action").
	 * @param pattern the path pattern
	 * @return the names
	 */
	static List<String> variableNames(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)[^}]*}");

	private static Set<String> namesOf(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null) {
			return Set.of(!path.name().isEmpty() ? path.name() : parameter.getParameterName());
		}
		RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
		if (request != null) {
			if (MultipartFile.class.isAssignableFrom(type)) {
				return Set.of();
			}
			return Set.of(!request.name().isEmpty() ? request.name() : parameter.getParameterName());
		}
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
		}
		if (type.getName().startsWith("dk.pladsflow") && !type.isEnum()
				&& parameter.getParameterAnnotation(AuthenticationPrincipal.class) == null) {
			return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
				.filter((p) -> p.getWriteMethod() != null)
				.map(PropertyDescriptor::getName)
				.collect(Collectors.toSet());
		}
		return Set.of();
	}

}
