package dk.pladsflow.security;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.pladsflow.citizen.Benefit;
import dk.pladsflow.citizen.CitizenData;
import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.placement.PlacementData;
import dk.pladsflow.placement.PlacementService;
import dk.pladsflow.placement.Scheme;
import dk.pladsflow.slot.SlotDetails;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.status.SnapshotService;
import dk.pladsflow.status.TargetService;
import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserMother;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static dk.pladsflow.security.EndpointAccessTests.Outcome.DENY;
import static dk.pladsflow.security.EndpointAccessTests.Outcome.LOGIN;
import static dk.pladsflow.security.EndpointAccessTests.Outcome.OK;
import static dk.pladsflow.user.UserMother.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may call what, for every endpoint Spring MVC maps: each is called as an anonymous
 * visitor and as every demo role, with the ids of another department's data (SOF's; the
 * employer and the department manager belong to BUF), and the answer is compared with
 * {@link #TABLE}. An endpoint without a row fails the test with the row to add (filled in
 * with today's answers, to be checked before it is pasted); a row without an endpoint
 * fails too. Actions are sent with a stale version, so an allowed one is answered 409 or
 * with a message and changes nothing.
 * <p>
 * Columns: anonymous, {@code admin}, {@code konsulent}, {@code arbejdsgiver} (BUF),
 * {@code leder} (central manager), {@code leder-buf}. {@link Outcome#LOGIN}: sent to the
 * login page (401 on the API); {@link Outcome#DENY}: 403; {@link Outcome#OK}: anything
 * else but a 5xx (a page, a redirect, a 404 for an id that is not there, a 409 for the
 * stale version, a 400 for the sample input).
 */
@WebIntegrationTest
class EndpointAccessTests {

	/** The expected answers, one row per endpoint, in the columns' order. */
	static final List<Row> TABLE = List.of(
	// @formatter:off
		//                                                      anonymous admin consultant employer manager dept.manager
		// --- home, login, errors, own account, own notifications
		get("/").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/login").expect(OK, OK, OK, OK, OK, OK),
		get("/error").expect(OK, OK, OK, OK, OK, OK),
		post("/error").expect(OK, OK, OK, OK, OK, OK),
		get("/account/password").expect(LOGIN, OK, OK, OK, OK, OK),
		post("/account/password").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/notifications").expect(LOGIN, OK, OK, OK, OK, OK),
		post("/notifications/{id}/read", World::notification).expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/notifications/read-all").expect(LOGIN, OK, OK, OK, OK, OK),
		// --- slot lists: everyone sees the slots of their own scope
		get("/slots").param("department", "{department}").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/worklist").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		get("/inbox").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/slots/new").expect(LOGIN, DENY, DENY, OK, DENY, DENY),
		post("/slots").param("unitId", "{unit}").param("title", "Pædagogmedhjælper").param("scheme", "WAGE_SUBSIDY")
			.param("weeklyHours", "37").param("contactPerson", "Arne").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		// --- another department's slot
		get("/slots/{id}", World::slot).expect(LOGIN, OK, OK, DENY, OK, DENY),
		get("/slots/{id}/refer", World::slot).expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/referrals", World::slot).param("citizenId", "{citizen}").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/answer", World::slot).param("version", "999").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/confirm", World::slot).param("version", "999").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/problem", World::slot).param("version", "999").param("note", "x").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/resolve", World::slot).param("version", "999").param("newRound", "true").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/agreement", World::slot).param("version", "999").param("weeklyHours", "37").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/agreement/complete", World::slot).param("version", "999").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/agreement/cancel", World::slot).param("version", "999").param("reason", "x").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/slots/{id}/end-placement", World::slot).param("version", "999").param("endDate", "01-01-2027").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/reopen", World::slot).param("version", "999").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/hearing/answer", World::slot).param("version", "999").param("choice", "keep").param("reason", "x")
			.expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		post("/slots/{id}/hearing/refusal", World::slot).param("version", "999").param("reason", "x")
			.expect(LOGIN, OK, DENY, DENY, OK, DENY),
		post("/slots/{id}/reopening", World::slot).param("version", "999").expect(LOGIN, DENY, DENY, DENY, DENY, DENY),
		get("/hearings").expect(LOGIN, OK, DENY, DENY, OK, OK),
		post("/slots/{id}/hearing/extension", World::slot).param("version", "999").param("until", "01-01-2027").param("reason", "x")
			.expect(LOGIN, OK, DENY, DENY, OK, DENY),
		// --- follow-ups (the review id is another department's or none: the role decides first)
		get("/follow-ups").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/follow-ups/{id}", World::slot).expect(LOGIN, OK, OK, OK, OK, OK),
		post("/follow-ups/{id}/proposal", World::slot).param("version", "999").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/follow-ups/{id}/comments", World::slot).param("comment", "x").expect(LOGIN, OK, OK, OK, OK, OK),
		post("/follow-ups/{id}/complete", World::slot).param("version", "999").param("note", "x").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		// --- citizen register: consultants only
		get("/citizens").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		get("/citizens/new").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/citizens").param("version", "0").param("name", "X").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		get("/citizens/{id}", World::citizen).expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		get("/citizens/{id}/edit", World::citizen).expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/citizens/{id}", World::citizen).param("version", "999").param("name", "X").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		get("/citizens/import").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		post("/citizens/import").upload("x").expect(LOGIN, DENY, OK, DENY, DENY, DENY),
		// --- placements: consultants and administrators
		get("/placements").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		get("/placements/new").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		post("/placements").param("departmentId", "{department}").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		post("/placements/{id}/end", World::placement).param("endDate", "01-01-2025").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		get("/placements/import").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		post("/placements/import").upload("x").expect(LOGIN, OK, OK, DENY, DENY, DENY),
		// --- status: managers (a department manager their own department), consultants, administrators
		get("/status").param("year", "2026").param("month", "10").expect(LOGIN, OK, OK, OK, OK, OK),
		get("/status/{year}/{month}", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/status/{year}/{month}/departments/{code}", (w) -> 2026, (w) -> 10, (w) -> "SOF").expect(LOGIN, OK, OK, DENY, OK, DENY),
		get("/status/{year}/{month}/csv", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/status/{year}/{month}/xlsx", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/status/snapshots").expect(LOGIN, OK, OK, DENY, OK, OK),
		post("/status/snapshots").param("month", "2099-01").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/status/{source:snapshots}/{year}/{month}", (w) -> "snapshots", (w) -> 2001, (w) -> 1).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/status/{source:snapshots}/{year}/{month}/departments/{code}", (w) -> "snapshots", (w) -> 2001, (w) -> 1, (w) -> "SOF")
			.expect(LOGIN, OK, OK, DENY, OK, DENY),
		get("/status/{source:snapshots}/{year}/{month}/csv", (w) -> "snapshots", (w) -> 2001, (w) -> 1).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/status/{source:snapshots}/{year}/{month}/xlsx", (w) -> "snapshots", (w) -> 2001, (w) -> 1).expect(LOGIN, OK, OK, DENY, OK, OK),
		// --- the API (HTTP Basic; here the caller is already authenticated)
		get("/api/status/{year}/{month}", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, DENY, DENY, OK, OK),
		get("/api/status/{year}/{month}/departments/{code}", (w) -> 2026, (w) -> 10, (w) -> "SOF").expect(LOGIN, OK, DENY, DENY, OK, DENY),
		// --- quality (issue 12): managers (a department manager their own department) and administrators
		get("/quality").expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/quality/{year}/{month}/csv", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/quality/{year}/{month}/xlsx", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/quality/{year}/{month}/{measure}", (w) -> 2026, (w) -> 10, (w) -> "week1").param("department", "SOF")
			.expect(LOGIN, OK, OK, DENY, OK, DENY),
		get("/api/quality/{year}/{month}", (w) -> 2026, (w) -> 10).expect(LOGIN, OK, DENY, DENY, OK, OK),
		post("/api/import/placements").csv("x").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/api/import/targets").csv("x").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/api/import/outcomes").csv("x").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/api/outcomes/{year}", (w) -> 2025).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/outcomes").expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/outcomes/{year}/csv", (w) -> 2025).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/outcomes/{year}/xlsx", (w) -> 2025).expect(LOGIN, OK, OK, DENY, OK, OK),
		get("/outcomes/{year}/placements", (w) -> 2025).param("department", "SOF").expect(LOGIN, OK, OK, DENY, OK, DENY),
		get("/outcomes/import").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/outcomes/import").upload("x").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/login-throttles").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/login-throttles/clear").param("scope", "PAIR").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		// --- administration
		get("/admin/departments").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/departments/new").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/departments").param("code", "").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/departments/{id}", World::department).expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/departments/{id}", World::department).param("version", "999").param("code", "").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/departments/{id}/active", World::department).param("version", "999").param("active", "true").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/units/new").param("departmentId", "{department}").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/units").param("departmentId", "{department}").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/units/{id}", World::unit).expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/units/{id}", World::unit).param("version", "999").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/units/{id}/active", World::unit).param("version", "999").param("active", "true").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/users").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/users/new").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/users").param("username", "").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/users/{id}", World::user).expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/users/{id}", World::user).param("version", "999").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/users/{id}/password", World::user).param("newPassword", "").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/users/{id}/active", World::user).param("version", "999").param("active", "true").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/users/{id}/unlock", World::user).expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/targets").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/targets/{year}/{departmentId}", (w) -> 2026, World::department).expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/targets/{year}/{departmentId}", (w) -> 2099, World::department).param("version", "999").param("flexJobTarget", "7")
			.expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/targets/{year}/municipality", (w) -> 2099).param("version", "999").param("flexJobTarget", "7")
			.expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/targets/import").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/targets/import").upload("x").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/jobs").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/jobs/{name}/{action:run|pause|resume}", (w) -> "no-such-job", (w) -> "pause").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		get("/admin/clock").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/clock/advance").param("days", "1").expect(LOGIN, OK, DENY, DENY, DENY, DENY),
		post("/admin/clock/reset").expect(LOGIN, OK, DENY, DENY, DENY, DENY)
	// @formatter:on
	);

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	UserService users;

	@Autowired
	OrganisationService organisation;

	@Autowired
	SlotService slots;

	@Autowired
	CitizenService citizens;

	@Autowired
	PlacementService placements;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	TargetService targets;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
		World world = world();
		Map<String, Row> rows = TABLE.stream().collect(Collectors.toMap(Row::endpoint, Function.identity(), (a, b) -> {
			throw new AssertionError("two rows for " + a.endpoint());
		}, LinkedHashMap::new));
		Set<String> endpoints = Endpoints.of(this.mapping);
		List<String> problems = new ArrayList<>();
		Set<String> stale = new TreeSet<>(rows.keySet());
		stale.removeAll(endpoints);
		stale.forEach((e) -> problems.add("A row for an endpoint that does not exist: " + e));
		for (String endpoint : endpoints) {
			Row row = rows.get(endpoint);
			Row probe = (row != null) ? row : Row.guess(endpoint);
			Map<Caller, Outcome> actual = new EnumMap<>(Caller.class);
			List<String> answers = new ArrayList<>();
			for (Caller caller : Caller.values()) {
				actual.put(caller, call(probe, caller, world, answers));
			}
			if (row == null) {
				problems.add("No row in EndpointAccessTests.TABLE for " + endpoint
						+ "; today's answers (check them before adding the row):\n\t\t" + probe.source(actual));
			}
			else if (!actual.equals(row.expected())) {
				problems.add("Row " + endpoint + " expects " + row.expected().values() + " but got " + actual.values()
						+ " " + answers + ":\n\t\t" + row.source(actual));
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
	}

	/**
	 * Issue 11, item 4: the administration and the API decide in their facades, not only
	 * by the URL rules ({@code /admin/**}, {@code /api/**}). Every such endpoint of the
	 * table is called with the URL rules gone (the real controllers and facades behind a
	 * MockMvc without Spring Security's filter chain; only its translation of an access
	 * denial into 403), as every role: each role the table denies is refused with 403 by
	 * the facade the controller calls, each role it lets through still gets through (so
	 * it is the facades that refuse, not the set-up), and nothing is saved. The demo
	 * clock does not exist outside the demo (404 for everyone); {@code DemoClockTests}
	 * asks its facade in the demo.
	 */
	@Test
	void theFacadesDecideTheAdministrationAndTheApiWithoutTheUrlRules() throws Exception {
		World world = world();
		MockMvc fenceless = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(new ExceptionTranslationFilter(new Http403ForbiddenEntryPoint()))
			.build();
		String before = fingerprint();
		List<Row> fenced = TABLE.stream()
			.filter((r) -> r.path().startsWith("/admin/") || r.path().startsWith("/api/"))
			.toList();
		assertThat(fenced).hasSizeGreaterThan(35);
		List<String> problems = new ArrayList<>();
		for (Row row : fenced) {
			for (Caller caller : Caller.values()) {
				if (caller == Caller.ANONYMOUS) {
					continue;
				}
				int status = callWithoutUrlRules(fenceless, row, world.user(caller), world);
				boolean expected;
				if (row.path().startsWith("/admin/clock")) {
					expected = status == 404;
				}
				else if (row.expected().get(caller) == DENY) {
					expected = status == 403;
				}
				else {
					expected = status != 403 && status < 500;
				}
				if (!expected) {
					problems.add(row.endpoint() + " as " + caller + " without the URL rules: " + status
							+ " (the table: " + row.expected().get(caller) + ")");
				}
			}
		}
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
		assertThat(fingerprint()).as("rows and versions of the stored data").isEqualTo(before);
	}

	private static int callWithoutUrlRules(MockMvc mvc, Row row, CurrentUser user, World world) throws Exception {
		SecurityContextHolder.setContext(new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		try {
			return mvc.perform(row.request(world)).andReturn().getResponse().getStatus();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Issue 11, item 5: every parameter of every endpoint (path variables, request
	 * parameters, form fields), one at a time, empty, far too long, negative, huge, of
	 * the wrong type and naming nothing, sent by a caller the table lets through (else
	 * the consultant): no answer is a 5xx, and nothing is saved.
	 */
	@Test
	void noParameterOfAnyEndpointGivesAServerErrorOrChangesAnything() throws Exception {
		World world = world();
		Map<String, Row> rows = TABLE.stream().collect(Collectors.toMap(Row::endpoint, Function.identity()));
		Map<String, Set<String>> parameters = Endpoints.parameters(this.mapping);
		String before = fingerprint();
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, Set<String>> endpoint : parameters.entrySet()) {
			Row row = rows.get(endpoint.getKey());
			if (row == null) {
				continue; // the access table's test names the missing row
			}
			Caller caller = Arrays.stream(Caller.values())
				.filter((c) -> c != Caller.ANONYMOUS && row.expected().get(c) == OK)
				.findFirst()
				.orElse(Caller.CONSULTANT);
			for (String parameter : endpoint.getValue()) {
				for (String value : BAD_VALUES) {
					Row variant = row.with(parameter, value);
					List<String> answers = new ArrayList<>();
					requests++;
					if (call(variant, caller, world, answers) == Outcome.SERVER_ERROR) {
						problems.add(endpoint.getKey() + " as " + caller + " with " + parameter + "="
								+ abbreviate(value) + ": " + answers);
					}
				}
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(300);
		assertThat(problems).as(String.join("\n", problems)).isEmpty();
		assertThat(fingerprint()).as("rows and versions of the stored data").isEqualTo(before);
	}

	/**
	 * Empty, far too long, negative, huge, not a number, an id of nothing, a bad date.
	 */
	private static final List<String> BAD_VALUES = List.of("", "x".repeat(10_000), "-1", "99999999999999999999", "abc",
			"0", "2147483648", "31-02-2026");

	private static String abbreviate(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "…(" + value.length() + ")" : "'" + value + "'";
	}

	/** Row counts and version sums of the stored data the endpoints change. */
	private String fingerprint() {
		return this.jdbc.queryForObject("""
				select concat_ws(';',
				  (select count(*) || '/' || coalesce(sum(version), 0) from slot),
				  (select count(*) from slot_history),
				  (select count(*) || '/' || coalesce(sum(version), 0) from referral),
				  (select count(*) || '/' || coalesce(sum(version), 0) from citizen),
				  (select count(*) from citizen_access_log),
				  (select count(*) || '/' || coalesce(sum(version), 0) from placement),
				  (select count(*) || '/' || coalesce(sum(version), 0) from department),
				  (select count(*) || '/' || coalesce(sum(version), 0) from unit),
				  (select count(*) || '/' || coalesce(sum(version), 0) from app_user),
				  (select count(*) || '/' || coalesce(sum(version), 0) from target_figure),
				  (select count(*) from status_snapshot))""", String.class);
	}

	private Outcome call(Row row, Caller caller, World world, List<String> answers) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = row.request(world);
		if (caller != Caller.ANONYMOUS) {
			request.with(as(world.user(caller)));
		}
		MvcResult result;
		try {
			result = this.mvc.perform(request.with(csrf())).andReturn();
		}
		catch (Exception ex) {
			answers.add(ex.toString());
			return Outcome.SERVER_ERROR;
		}
		int status = result.getResponse().getStatus();
		answers.add(status + ((result.getResponse().getRedirectedUrl() != null)
				? " " + result.getResponse().getRedirectedUrl() : ""));
		String location = result.getResponse().getRedirectedUrl();
		if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
			return LOGIN;
		}
		if (status == 403) {
			return DENY;
		}
		return (status >= 500) ? Outcome.SERVER_ERROR : OK;
	}

	private World world() {
		long buf = this.organisation.departmentByCode("BUF").orElseThrow().id();
		long sof = this.organisation.departmentByCode("SOF").orElseThrow().id();
		long sofUnit = this.organisation.createUnit(UserMother.ADMIN, sof,
				new UnitData(Unique.name("Enhed"), null, null, 40));
		CurrentUser sofEmployer = UserMother.create(this.users, sof, Role.EMPLOYER);
		CurrentUser consultant = UserMother.create(this.users, null, Role.CONSULTANT);
		long slot = this.slots.open(sofEmployer, new SlotDetails(sofUnit, "Pædagogmedhjælper", null,
				Scheme.WAGE_SUBSIDY, new BigDecimal("37"), LocalDate.of(2027, 1, 4), "Arne", true, true));
		// target group 3: a referral asks for confirmation first, so the table's referral
		// (and every bad variant of it) is answered without saving anything
		long citizen = this.citizens.create(new CitizenData("Borger " + Unique.name("b"), Unique.name("SAG"), null, 3,
				Benefit.CASH_BENEFIT, "Pædagog", true, LocalDate.of(2025, 1, 1), true), consultant);
		long placement = this.placements.register(new PlacementData(sof, sofUnit, Scheme.WAGE_SUBSIDY,
				LocalDate.of(2026, 1, 5), null, Unique.name("REF"), null, null));
		// SOF's targets for a year no other test uses, changed once: a stale version is
		// 409
		CurrentUser admin = UserMother.create(this.users, null, Role.ADMIN);
		this.jdbc.update("delete from target_figure where department_id = ? and year = 2099", sof);
		this.targets.setTargets(admin, sof, null, 2099, 0, null, 5);
		// a frozen month no other test uses, for the snapshot pages
		this.snapshots.createSnapshot(YearMonth.of(2001, 1));
		long notification = this.jdbc.queryForObject("""
				insert into notification (user_id, kind, reference, message_key, created_at)
				values (?, 'TEST', ?, 'notification.test', now()) returning id""", Long.class, sofEmployer.id(),
				Unique.name("ref"));
		Map<Caller, CurrentUser> callers = new EnumMap<>(Caller.class);
		callers.put(Caller.ADMIN, admin);
		callers.put(Caller.CONSULTANT, consultant);
		callers.put(Caller.EMPLOYER, UserMother.create(this.users, buf, Role.EMPLOYER));
		callers.put(Caller.MANAGER, UserMother.create(this.users, null, Role.MANAGER));
		callers.put(Caller.DEPARTMENT_MANAGER, UserMother.create(this.users, buf, Role.MANAGER));
		return new World(callers, sof, sofUnit, slot, citizen, placement, sofEmployer.id(), notification);
	}

	// --- the table's vocabulary --------------------------------------------------------

	enum Caller {

		ANONYMOUS, ADMIN, CONSULTANT, EMPLOYER, MANAGER, DEPARTMENT_MANAGER

	}

	enum Outcome {

		LOGIN, DENY, OK, SERVER_ERROR

	}

	/**
	 * Another department's data (SOF), and the callers.
	 */
	record World(Map<Caller, CurrentUser> callers, long department, long unit, long slot, long citizen, long placement,
			long user, long notification) {

		CurrentUser user(Caller caller) {
			return this.callers.get(caller);
		}

		/**
		 * A parameter's value, with {department}, {unit} or {citizen} replaced by the id.
		 */
		String fill(String value) {
			return value.replace("{department}", Long.toString(this.department))
				.replace("{unit}", Long.toString(this.unit))
				.replace("{citizen}", Long.toString(this.citizen));
		}

	}

	@SafeVarargs
	static Row get(String path, Function<World, Object>... variables) {
		return new Row(HttpMethod.GET, path, List.of(variables), Map.of(), null, null, Map.of());
	}

	@SafeVarargs
	static Row post(String path, Function<World, Object>... variables) {
		return new Row(HttpMethod.POST, path, List.of(variables), Map.of(), null, null, Map.of());
	}

	/**
	 * One endpoint: how to call it, and what each caller gets.
	 */
	record Row(HttpMethod method, String path, List<Function<World, Object>> variables, Map<String, String> params,
			String csvBody, String upload, Map<Caller, Outcome> expected) {

		String endpoint() {
			return this.method + " " + this.path;
		}

		Row param(String name, String value) {
			Map<String, String> all = new LinkedHashMap<>(this.params);
			all.put(name, value);
			return new Row(this.method, this.path, this.variables, all, this.csvBody, this.upload, this.expected);
		}

		/** The request's body is this CSV text ({@code text/csv}). */
		Row csv(String body) {
			return new Row(this.method, this.path, this.variables, this.params, body, this.upload, this.expected);
		}

		/** A multipart upload with this file content in the part "file". */
		Row upload(String content) {
			return new Row(this.method, this.path, this.variables, this.params, this.csvBody, content, this.expected);
		}

		/**
		 * This call with one parameter changed: a path variable (by its name in the
		 * pattern) or a request parameter.
		 */
		Row with(String name, String value) {
			List<String> names = Endpoints.variableNames(this.path);
			int index = names.indexOf(name);
			if (index >= 0 && index < this.variables.size()) {
				List<Function<World, Object>> changed = new ArrayList<>(this.variables);
				changed.set(index, (w) -> value);
				return new Row(this.method, this.path, changed, this.params, this.csvBody, this.upload, this.expected);
			}
			return param(name, value);
		}

		Row expect(Outcome... outcomes) {
			if (outcomes.length != Caller.values().length) {
				throw new IllegalArgumentException(endpoint() + ": one outcome per caller " + List.of(Caller.values()));
			}
			Map<Caller, Outcome> map = new EnumMap<>(Caller.class);
			for (Caller caller : Caller.values()) {
				map.put(caller, outcomes[caller.ordinal()]);
			}
			return new Row(this.method, this.path, this.variables, this.params, this.csvBody, this.upload, map);
		}

		AbstractMockHttpServletRequestBuilder<?> request(World world) {
			Object[] values = this.variables.stream().map((v) -> v.apply(world)).toArray();
			AbstractMockHttpServletRequestBuilder<?> request;
			if (this.upload != null) {
				request = MockMvcRequestBuilders.multipart(this.path, values)
					.file(new MockMultipartFile("file", "data.csv", "text/csv",
							this.upload.getBytes(StandardCharsets.UTF_8)));
			}
			else {
				request = MockMvcRequestBuilders.request(this.method, this.path, values);
			}
			if (this.csvBody != null) {
				request.contentType("text/csv").content(this.csvBody);
			}
			this.params.forEach((name, value) -> request.param(name, world.fill(value)));
			return request;
		}

		/** A first guess for a missing row: path variables get the slot's id. */
		static Row guess(String endpoint) {
			String[] parts = endpoint.split(" ", 2);
			long count = parts[1].chars().filter((c) -> c == '{').count();
			List<Function<World, Object>> variables = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				variables.add(World::slot);
			}
			return new Row(HttpMethod.valueOf(parts[0]), parts[1], variables, Map.of("version", "999"), null, null,
					Map.of());
		}

		/** This row as source code, with the given outcomes. */
		String source(Map<Caller, Outcome> outcomes) {
			String call = this.method.name().toLowerCase(java.util.Locale.ROOT) + "(\"" + this.path + "\""
					+ ", World::slot".repeat(this.variables.size()) + ")";
			return call + ".expect("
					+ Arrays.stream(Caller.values())
						.map((c) -> outcomes.get(c).name())
						.collect(Collectors.joining(", "))
					+ "),";
		}

	}

}
