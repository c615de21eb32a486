package dk.pladsflow.quality;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.deadline.ClosureService;
import dk.pladsflow.deadline.HearingService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.user.UserService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.user.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static dk.pladsflow.user.UserMother.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the quality web tests share: the facades, the shared clock (put back after each
 * test) and a fresh {@link QualityWorld}; {@link #workedExample()} builds the history of
 * {@code docs/quality.md}.
 */
abstract class QualityTestSupport {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	@Autowired
	SlotService slots;

	@Autowired
	ClosureService closure;

	@Autowired
	HearingService hearings;

	@Autowired
	JdbcClient jdbc;

	QualityWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new QualityWorld(this.organisation, this.users, this.citizens, this.slots, this.clock);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Builds the worked example of {@code docs/quality.md} in this test's world.
	 */
	void workedExample() {
		QualityApiTests.workedExample(this.world, this.closure, this.hearings, this.jdbc);
	}

	/**
	 * A page's HTML, as the user gets it.
	 */
	String page(String url, CurrentUser user) throws Exception {
		return this.mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The rows of the first table body in some HTML, each row's inner HTML.
	 */
	static List<String> rows(String html) {
		String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		List<String> rows = new ArrayList<>();
		Matcher m = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (m.find()) {
			rows.add(m.group(1));
		}
		return rows;
	}

	/**
	 * The text a reader sees in some HTML (without what only screen readers get), spaces
	 * collapsed.
	 */
	static String text(String html) {
		return html.replaceAll("<span class=\"visually-hidden\">[^<]*</span>", "")
			.replaceAll("<[^>]+>", " ")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.trim();
	}

}
