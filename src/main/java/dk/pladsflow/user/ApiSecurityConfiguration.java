package dk.pladsflow.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API for scripts and reporting tools ({@code /api/**}): HTTP Basic on every request,
 * no session and so no CSRF token (a browser's cookie never authenticates here). Imports
 * are for administrators, the status for managers and administrators; the services check
 * departments. The browser pages keep their own chain with form login and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/import/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/status/**")
				.hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
				.requestMatchers("/api/quality/**")
				.hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
				.requestMatchers("/api/outcomes/**")
				.hasAnyRole(Role.MANAGER.name(), Role.CONSULTANT.name(), Role.ADMIN.name())
				.anyRequest()
				.denyAll())
			.httpBasic((basic) -> basic.realmName("Pladsflow"))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

}
