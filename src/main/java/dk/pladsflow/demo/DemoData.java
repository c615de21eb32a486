package dk.pladsflow.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.organisation.DepartmentSummary;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.organisation.UnitData;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set: a few units in every department, the demo users (all with the
 * password {@code demo}), forty made-up citizens and slots in every phase.
 * <p>
 * It loads when the user {@code admin} does not exist yet, so it runs once per database;
 * other administrators do not stop it (a test database shared with other tests, a server
 * where someone was made administrator before demo data was asked for). A demo unit or
 * user that already exists is left as it is, so loading never fails half-way on data of
 * the same name. The bootstrap administrator
 * ({@code pladsflow.security.bootstrap-admin-password}) is also called {@code admin}:
 * with both set, the bootstrap administrator wins and no demo data is loaded.
 * <p>
 * It loads only when asked for ({@code pladsflow.demo-data=true}, see {@link DemoMode}),
 * so a server database never receives demo users unless asked. Their password
 * {@code demo} is the one exception to the password rule
 * ({@code UserService.createDemoUser}).
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Map<String, List<String>> UNITS = new LinkedHashMap<>();

	/** The demo employer of each department; the others are called arbejdsgiver-CODE. */
	private static final Map<String, String> EMPLOYERS = Map.of("BUF", "arbejdsgiver", "SOF", "arbejdsgiver-sof");

	static {
		UNITS.put("BIF", List.of("Jobcentret", "Ungdommens Uddannelsesvejledning", "Integrationshuset"));
		UNITS.put("BUF", List.of("Daginstitution Solsikken", "Nørrebro Skole", "Børnehuset Valby", "Tandplejen"));
		UNITS.put("KFF", List.of("Hovedbiblioteket", "Valby Idrætspark", "Kulturhuset Islands Brygge"));
		UNITS.put("SOF", List.of("Botilbud Amager", "Socialcenter Nørrebro", "Herberget Lærkehøj"));
		UNITS.put("SUF", List.of("Plejecenter Sølund", "Hjemmeplejen Vesterbro", "Sundhedshuset Østerbro"));
		UNITS.put("TMF", List.of("Vej og Park", "Affald og Genbrug", "Byens Drift"));
		UNITS.put("ØKF", List.of("Koncernservice", "Borgerservice"));
	}

	private final OrganisationService organisation;

	private final UserService users;

	private final TransactionTemplate transaction;

	private final CitizenService citizens;

	private final java.time.Clock clock;

	private final boolean enabled;

	private final DemoSlots slots;

	private final DemoStatus status;

	private final DemoQuality quality;

	DemoData(OrganisationService organisation, UserService users, TransactionTemplate transaction, DemoMode mode,
			CitizenService citizens, java.time.Clock clock, DemoSlots slots, DemoStatus status, DemoQuality quality) {
		this.organisation = organisation;
		this.users = users;
		this.transaction = transaction;
		this.citizens = citizens;
		this.clock = clock;
		this.slots = slots;
		this.status = status;
		this.quality = quality;
		this.enabled = mode.isActive();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.users.exists("admin")) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> load());
		loadSlots();
		log.info("Loaded the demo data set: log in as admin, konsulent, arbejdsgiver, leder or leder-buf");
	}

	private void load() {
		// the administrator first: the organisation's facade asks who changes it
		CurrentUser admin = CurrentUser.of(user("admin", "Anne Administrator", Set.of(Role.ADMIN), null), "admin",
				"Anne Administrator", Set.of(Role.ADMIN), null, Set.of());
		Map<String, DepartmentSummary> departments = new LinkedHashMap<>();
		this.organisation.allDepartments().forEach((d) -> departments.put(d.code(), d));
		UNITS.forEach((code, names) -> {
			DepartmentSummary department = departments.get(code);
			if (department != null) {
				Set<String> existing = new HashSet<>();
				this.organisation.units(department.id())
					.forEach((u) -> existing.add(u.name().toLowerCase(java.util.Locale.ROOT)));
				int n = 0;
				for (String name : names) {
					n++;
					if (existing.contains(name.toLowerCase(java.util.Locale.ROOT))) {
						continue;
					}
					this.organisation.createUnit(admin, department.id(),
							new UnitData(name, "Leder " + n + " " + code, "leder" + n + "."
									+ code.toLowerCase(java.util.Locale.ROOT).replace("ø", "oe") + "@kk.example",
									4 + 23 * n));
				}
			}
		});
		Long consultant = user("konsulent", "Karen Konsulent", Set.of(Role.CONSULTANT), null);
		user("konsulent2", "Kasper Konsulent", Set.of(Role.CONSULTANT), null);
		DepartmentSummary buf = departments.get("BUF");
		user("arbejdsgiver", "Arne Arbejdsgiver", Set.of(Role.EMPLOYER), buf.id());
		user("arbejdsgiver-sof", "Sofie Arbejdsgiver", Set.of(Role.EMPLOYER), departments.get("SOF").id());
		user("leder", "Lene Leder", Set.of(Role.MANAGER), null);
		user("leder-buf", "Bo Leder", Set.of(Role.MANAGER), buf.id());
		departments.values()
			.stream()
			.filter((d) -> consultant != null && d.contactConsultantId() == null)
			.forEach((d) -> this.organisation.updateDepartment(admin, d.id(), d.version(),
					new DepartmentData(d.code(), d.name(), d.oneCvMode(), consultant)));
		DemoCitizens.register(this.citizens,
				CurrentUser.of(consultant, "konsulent", Set.of(Role.CONSULTANT), null, Set.of()),
				java.time.LocalDate.now(this.clock));
		for (DepartmentSummary department : departments.values()) {
			user(employerOf(department), "Arbejdsgiver " + department.code(), Set.of(Role.EMPLOYER), department.id());
		}
	}

	private static String employerOf(DepartmentSummary department) {
		return EMPLOYERS.getOrDefault(department.code(),
				"arbejdsgiver-" + department.code().toLowerCase(java.util.Locale.ROOT).replace("ø", "oe"));
	}

	/**
	 * The demo slots go through the slot flow one step per transaction, as users would.
	 */
	private void loadSlots() {
		Map<Long, UserSummary> employers = new LinkedHashMap<>();
		this.organisation.allDepartments()
			.forEach((d) -> this.users.byUsername(employerOf(d)).ifPresent((u) -> employers.put(d.id(), u)));
		this.users.byUsername("konsulent").ifPresent((consultant) -> {
			this.slots.load(employers, consultant);
			this.quality.load(employers, consultant);
		});
		this.users.byUsername("admin")
			.ifPresent((admin) -> this.transaction.executeWithoutResult((status) -> this.status.load(
					CurrentUser.of(admin.id(), admin.username(), admin.displayName(), admin.roles(), null, Set.of()),
					java.time.LocalDate.now(this.clock))));
	}

	/** Creates the demo user, unless it exists: then null. */
	private Long user(String username, String name, Set<Role> roles, Long departmentId) {
		if (this.users.exists(username)) {
			return null;
		}
		return this.users.createDemoUser(username, PASSWORD,
				new UserData(name, username + "@kk.example", roles, departmentId, Set.of()));
	}

}
