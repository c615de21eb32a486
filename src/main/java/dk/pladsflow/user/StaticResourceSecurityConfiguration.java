package dk.pladsflow.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What Spring Security costs on every request, kept small where it protects nothing.
 * <p>
 * The front end's files ({@code /webjars/**}, {@code /css/**}, {@code /js/**}) are public
 * and never change state: their own chain has no session, no security context to load, no
 * CSRF token, no saved request and no login or logout; it keeps the default security
 * headers ({@code nosniff}, frame options), except {@code Cache-Control}, which the
 * resource handler sets for them (a year for versioned URLs; see
 * {@code shared.web.StaticResourceConfiguration}). Pages keep the main chain
 * ({@link SecurityConfiguration}), with {@code no-store}.
 * <p>
 * Spring Security's observations of every filter of every chain (timers and trace spans,
 * a fifth of a static request's time) are off; Spring MVC's observation of each request
 * ({@code http.server.requests}) stays.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain staticResourceSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/webjars/**", "/css/**", "/js/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers.cacheControl((cacheControl) -> cacheControl.disable()))
			// not even STATELESS: its filter still asks whether the requested session is
			// valid, which loads the session from the database
			.sessionManagement((session) -> session.disable())
			.securityContext((context) -> context.disable())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.logout((logout) -> logout.disable())
			.servletApi((servletApi) -> servletApi.disable());
		return http.build();
	}

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
