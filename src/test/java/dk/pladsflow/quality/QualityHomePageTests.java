package dk.pladsflow.quality;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.pladsflow.slot.PhaseFigures;
import dk.pladsflow.organisation.DepartmentData;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dk.pladsflow.quality.QualityApiTests.DAY0;
import static dk.pladsflow.quality.QualityApiTests.day;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 3: the consultant's home page shows their figures of the month and what
 * is overdue today; the employer's shows their department's week-2 and week-3 figures and
 * their open items. Counted by hand from the rules of {@code docs/quality.md}.
 */
@WebIntegrationTest
class QualityHomePageTests extends QualityTestSupport {

	@Autowired
	QualityService quality;

	@Test
	void theHomePagesShowTheMonthsFiguresOfTheirOwnDepartmentAndWhatWaitsForTheUser() throws Exception {
		String code = this.world.department.code();
		this.organisation.updateDepartment(UserMother.ADMIN, this.world.department.id(),
				this.world.department.version(),
				new DepartmentData(code, this.world.department.name(), false, this.world.consultant.id()));
		long a = this.world.open(DAY0);
		long b = this.world.open(DAY0);
		long c = this.world.open(DAY0);
		this.world.refer(a, day(3));
		this.world.refer(b, day(9));
		this.world.choose(a, day(12));
		this.world.at(day(14), LocalTime.NOON);

		// week 1 (deadline day 7): A referred on day 3, B on day 9, C not at all; week 2:
		// A's round (sent day 3, deadline day 10) answered on day 12, B's (deadline day
		// 16)
		// not yet due; week 3 and the 21 days not yet due for anyone
		String consultant = section(page(this.world.consultant), "consultant-figures");
		assertThat(text(consultant)).startsWith("Tal for januar 2031: " + code + " ");
		assertThat(rows(consultant)).extracting(QualityTestSupport::text)
			.containsExactly("Uge 1: henvist 1 af 3 (33 %) 90 %", "Uge 2: svaret 0 af 1 (0 %) 90 %",
					"Uge 3: aftale – 90 %", "Besat inden 3 uger – 90 %");

		// what is overdue today: the open slots past their deadline, the most overdue
		// first; whatever other tests left open in the shared database is overdue too
		List<Long> overdue = this.jdbc.sql("""
				select id from slot
				where phase in ('REFERRAL', 'EMPLOYER_RESPONSE', 'AGREEMENT') and deadline < :now
				order by deadline, id""").param("now", Timestamp.from(this.clock.instant())).query(Long.class).list();
		assertThat(overdue).contains(c).doesNotContain(a, b);
		assertThat(links(consultant)).containsExactlyElementsOf(overdue.stream().limit(5).toList());
		assertThat(consultant.contains("/worklist?overdue=true")).isEqualTo(overdue.size() > 5);

		String employer = section(page(this.world.employer), "employer-figures");
		assertThat(text(employer)).startsWith("Tal for januar 2031: " + code + " ");
		assertThat(rows(employer)).extracting(QualityTestSupport::text)
			.containsExactly("Uge 2: svaret 0 af 1 (0 %) 90 %", "Uge 3: aftale – 90 %");
		// A's agreement and B's round wait for the employer; C waits for the consultant
		assertThat(links(employer)).containsExactlyInAnyOrder(a, b);
		assertThat(employer).doesNotContain("/inbox\"");
	}

	@Test
	void aConsultantWhoIsNoDepartmentsContactSeesTheMunicipalitysFigures() throws Exception {
		// a slot of the world's department never referred: a week-1 miss of the
		// municipality's (other tests may have added to its January)
		this.world.open(DAY0);
		this.world.at(day(14), LocalTime.NOON);
		String consultant = section(page(this.world.consultant), "consultant-figures");
		assertThat(text(consultant)).startsWith("Dine tal for januar 2031: hele kommunen ");
		Share week1 = this.quality.compute(YearMonth.of(2031, 1), QualityReport.Scope.MONTH, PhaseFigures.Units.NONE)
			.total()
			.week1();
		assertThat(week1.missed()).isPositive();
		assertThat(text(rows(consultant).get(0)))
			.isEqualTo("Uge 1: henvist " + week1.met() + " af " + week1.due() + " (" + week1.percent() + " %) 90 %");
		// other roles' home pages have no such sections
		assertThat(page(this.world.centralManager)).doesNotContain("consultant-figures")
			.doesNotContain("employer-figures");
		assertThat(page(this.world.consultant)).doesNotContain("employer-figures");
	}

	private String page(CurrentUser user) throws Exception {
		return page("/", user);
	}

	/** A home page's section, from its heading's id to the section's end. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section %s", id).isPositive();
		return html.substring(html.indexOf('>', start) + 1, html.indexOf("</section>", start));
	}

	/** The slots the section links to, in order. */
	private static List<Long> links(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = Pattern.compile("href=\"/slots/(\\d+)\"").matcher(html);
		while (m.find()) {
			ids.add(Long.valueOf(m.group(1)));
		}
		return ids;
	}

}
