package dk.pladsflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith cannot see SQL, so this test does: every table (and view) belongs to
 * one module, and a module's SQL — the string literals and text blocks of its sources —
 * names only its own tables and the views another module publishes for it. A new table
 * needs a line in {@link #OWNER}; a published view a line in {@link #PUBLISHED_VIEWS}.
 * <p>
 * {@link #KNOWN} lists where modules still read others' tables (issue 10 removed the
 * deadline module's). It is checked both ways: a new crossing fails, and so does an entry
 * that is no longer needed, so the list only shrinks.
 */
class ModuleTablesTests {

	private static final Path SOURCES = Path.of("src/main/java/dk/pladsflow");

	/** Table → owning module. */
	static final Map<String, String> OWNER = Map.ofEntries(Map.entry("app_user", "user"),
			Map.entry("app_user_role", "user"), Map.entry("app_user_unit", "user"), Map.entry("spring_session", "user"),
			Map.entry("spring_session_attributes", "user"), Map.entry("department", "organisation"),
			Map.entry("unit", "organisation"), Map.entry("citizen", "citizen"),
			Map.entry("citizen_access_log", "citizen"), Map.entry("slot", "slot"), Map.entry("referral", "slot"),
			Map.entry("slot_history", "slot"), Map.entry("slot_phase_instance", "slot"),
			Map.entry("slot_unused", "slot"), Map.entry("slot_open_deadline", "slot"),
			Map.entry("placement", "placement"), Map.entry("deadline_breach", "deadline"),
			Map.entry("slot_hearing", "deadline"), Map.entry("follow_up_review", "deadline"),
			Map.entry("follow_up_comment", "deadline"), Map.entry("job_run", "scheduling"),
			Map.entry("job_action", "scheduling"), Map.entry("notification", "notification"),
			Map.entry("notification_email", "notification"), Map.entry("status_revision", "status"),
			Map.entry("status_snapshot", "status"), Map.entry("target_figure", "status"),
			Map.entry("municipality_target", "status"), Map.entry("placement_outcome_source", "placement"),
			Map.entry("citizen_status_spell", "outcome"), Map.entry("outcome_revision", "outcome"),
			Map.entry("quality_revision", "quality"), Map.entry("quality_span", "slot"),
			Map.entry("quality_span_figures", "slot"), Map.entry("quality_span_fills", "slot"));

	/** Views a module defines in its own migration for other modules to read. */
	static final Set<String> PUBLISHED_VIEWS = Set.of("slot_unused", "slot_open_deadline", "placement_outcome_source");

	/**
	 * Modules that generate data across the others on purpose (the demo data set and the
	 * benchmark), outside the application's rules.
	 */
	static final Set<String> DATA_GENERATORS = Set.of("demo", "bench");

	/** Crossings that exist today, module → foreign tables; to be removed, not added. */
	static final Map<String, Set<String>> KNOWN = Map.of("slot", Set.of("department", "unit", "citizen"),
			"notification", Set.of("app_user"));

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)");

	@Test
	void eachModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() throws IOException {
		Map<String, Set<String>> crossings = new TreeMap<>();
		try (Stream<Path> modules = Files.list(SOURCES)) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				String name = module.getFileName().toString();
				if (DATA_GENERATORS.contains(name)) {
					continue;
				}
				Set<String> foreign = foreignTables(name, module);
				if (!foreign.isEmpty()) {
					crossings.put(name, foreign);
				}
			}
		}
		assertThat(crossings).as("module → other modules' tables its SQL names").isEqualTo(new TreeMap<>(KNOWN));
	}

	@Test
	void theDeadlineModuleReadsSlotsOnlyThroughTheSlotModulesViews() throws IOException {
		assertThat(foreignTables("deadline", SOURCES.resolve("deadline"))).isEmpty();
		assertThat(tables(SOURCES.resolve("deadline"))).contains("slot_unused", "slot_open_deadline")
			.doesNotContain("slot", "slot_history", "department");
	}

	private static Set<String> foreignTables(String module, Path directory) throws IOException {
		Set<String> foreign = new TreeSet<>();
		for (String table : tables(directory)) {
			String owner = OWNER.get(table);
			if (owner != null && !owner.equals(module) && !PUBLISHED_VIEWS.contains(table)) {
				foreign.add(table);
			}
		}
		return foreign;
	}

	private static Set<String> tables(Path directory) throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher literal = LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text);
					while (table.find()) {
						tables.add(table.group(1).toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
		}
		return tables;
	}

}
