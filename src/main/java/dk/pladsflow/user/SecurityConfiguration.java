package dk.pladsflow.user;

import java.time.Duration;
import java.util.Map;

import dk.pladsflow.shared.WallClock;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter.Directive;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Pages: login and the error page for everyone, {@code /admin/**} for
 * administrators, everything else for any logged-in user (the features check department
 * and role in their services). Actuator: health for everyone, the rest for
 * administrators. The static files have a chain of their own, asked first
 * ({@link StaticResourceSecurityConfiguration}); the API too
 * ({@link ApiSecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

	/** Features no page of Pladsflow uses, switched off for every page. */
	private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, CookieSerializer cookies,
			WallClock wallClock) throws Exception {
		// the session store stamps a session's creation with the real time, so its age is
		// measured on the real clock too: not on the application's, which the demo moves
		// forward by weeks (every session would end at once, and every new one with it)
		EndedSessions endedSessions = new EndedSessions(cookies, settings.sessionAbsoluteTimeout(), wallClock.clock());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/favicon.ico")
			.permitAll()
			.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(loginFailed())
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
				// over TLS the browser also drops what it cached of the pages (ASVS
				// 8.2.3)
				.addLogoutHandler(new HeaderWriterLogoutHandler(
						new ClearSiteDataHeaderWriter(Directive.CACHE, Directive.STORAGE)))
				.permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(endedSessions, SecurityContextHolderFilter.class)
			// no session before login: the CSRF token and the page asked for before the
			// login live in cookies, so anonymous pages write no session row
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		if (settings.rememberMe()) {
			http.rememberMe((rememberMe) -> rememberMe.rememberMeParameter("remember-me"));
		}
		return http.build();
	}

	/**
	 * Every failed login gets the same page ({@code /login?error}), which says one thing
	 * for every failure; the failure is not kept in a session, so it makes none.
	 */
	private static AuthenticationFailureHandler loginFailed() {
		SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
		handler.setAllowSessionCreation(false);
		return handler;
	}

	/**
	 * The CSRF token in a cookie (HttpOnly: no script reads it, the forms carry it), sent
	 * only to this site's own requests and only over TLS where the request came by TLS.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").httpOnly(true));
		return tokens;
	}

	/**
	 * Argon2 (the whole password counts, not only its first 72 bytes as with bcrypt),
	 * through the delegating encoder, so stored hashes name their algorithm: hashes made
	 * with bcrypt before still match and are replaced at the next login
	 * ({@link PasswordLogin}). A successful match is remembered for five minutes: API
	 * scripts authenticate on every request ({@link VerifiedPasswords}).
	 */
	@Bean
	VerifiedPasswords passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		Map<String, PasswordEncoder> encoders = Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new VerifiedPasswords(new DelegatingPasswordEncoder(argon2, encoders), Duration.ofMinutes(5));
	}

}
