package dk.pladsflow.slot;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.shared.web.CountedPage;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The slot lists with 100,000 slots: each list's query reads its index instead of the
 * table, so a page costs the same with 100 or 100,000 slots. The timings are logged for
 * the README; the test asserts the plans, which do not depend on the machine's load.
 */
@IntegrationTest
@Transactional
class SlotVolumeTests {

	private static final Logger log = LoggerFactory.getLogger(SlotVolumeTests.class);

	@Autowired
	SlotService slots;

	@Autowired
	SlotQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	SlotWorld world;

	@BeforeEach
	void fill() {
		this.world = new SlotWorld(this.organisation, this.users, this.citizens);
		// 100,000 slots over ten years: one in ten open (phases 1-3) with deadlines
		// spread
		// around now, the rest filled, vacant or closed
		this.jdbc.sql("""
				insert into slot (department_id, unit_id, title, scheme, weekly_hours, contact_person,
				    not_replacing_vacancy, representative_approved, one_cv_mode, phase, opened_at, deadline,
				    round_no, round_size, created_by)
				select case when i % 2 = 0 then :buf else :sof end,
				       case when i % 2 = 0 then :bufUnit else :sofUnit end,
				       'Plads ' || i, 'WAGE_SUBSIDY', 37, 'Kontakt', true, true, false,
				       case i % 10 when 0 then 'REFERRAL' when 1 then 'FILLED' when 2 then 'CLOSED'
				                   when 3 then 'VACANT' else 'FILLED' end,
				       now() - (i % 3650) * interval '1 day',
				       case when i % 10 = 0 then now() + ((i % 29) - 14) * interval '1 day' end,
				       1, 0, :user
				from generate_series(1, 100000) i
				""")
			.param("buf", this.world.buf)
			.param("sof", this.world.sof)
			.param("bufUnit", this.world.bufUnit)
			.param("sofUnit", this.world.sofUnit)
			.param("user", this.world.consultant.id())
			.update();
		this.jdbc.sql("analyze slot").update();
	}

	@Test
	void theWorklistReadsOnlyOpenSlotsThroughTheDeadlineIndex() {
		SlotFilter worklist = new SlotFilter(null, Set.of(), SlotPhase.OPEN, false);
		assertUsesIndexNotTable(worklist, "ix_slot_open_deadline");
		long started = System.nanoTime();
		List<SlotRow> page = this.slots.list(this.world.consultant, worklist, PageRequest.of(0, 25)).getContent();
		log.info("Worklist page over 100,000 slots: {} ms", (System.nanoTime() - started) / 1_000_000);
		assertThat(page).hasSize(25);
		assertThat(page).isSortedAccordingTo(java.util.Comparator.comparing(SlotRow::deadline));
		assertThat(page.get(0).overdue()).isTrue();
	}

	@Test
	void anEmployersListReadsTheirDepartmentThroughItsIndex() {
		assertUsesIndexNotTable(new SlotFilter(this.world.buf, Set.of(), Set.of(), false),
				"ix_slot_department_deadline");
		long started = System.nanoTime();
		this.slots.list(this.world.bufEmployer, new SlotFilter(null, Set.of(), Set.of(), false), PageRequest.of(3, 25));
		log.info("Employer's slot list, page 4, over 100,000 slots: {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	@Test
	void aLongListIsCountedOnlyToAThousandRowsPastThePage() {
		SlotFilter worklist = new SlotFilter(null, Set.of(), SlotPhase.OPEN, false);
		CountedPage<SlotRow> first = (CountedPage<SlotRow>) this.slots.list(this.world.consultant, worklist,
				PageRequest.of(0, 25));
		assertThat(first.isCapped()).isTrue();
		assertThat(first.getKnownElements()).isEqualTo(1000);
		assertThat(first.hasNext()).isTrue();
		CountedPage<SlotRow> far = (CountedPage<SlotRow>) this.slots.list(this.world.consultant, worklist,
				PageRequest.of(100, 25));
		assertThat(far.getContent()).hasSize(25);
		assertThat(far.isCapped()).isTrue();
		assertThat(far.getKnownElements()).isEqualTo(3500);
		assertThat(far.hasNext()).isTrue();
		// a short list is counted exactly
		SlotFilter oneUnit = new SlotFilter(null, Set.of(this.world.bufOtherUnit), Set.of(), false);
		CountedPage<SlotRow> exact = (CountedPage<SlotRow>) this.slots.list(this.world.consultant, oneUnit,
				PageRequest.of(0, 25));
		assertThat(exact.isCapped()).isFalse();
		assertThat(exact.getTotalElements()).isEqualTo(this.jdbc.sql("select count(*) from slot where unit_id = ?")
			.params(this.world.bufOtherUnit)
			.query(Long.class)
			.single());
	}

	@Test
	void aDepartmentsSlotsInOnePhaseAreReadAndCountedFromTheirIndex() {
		SlotFilter filter = new SlotFilter(this.world.buf, Set.of(), Set.of(SlotPhase.REFERRAL), false);
		assertUsesIndexNotTable(filter, "ix_slot_department_phase_deadline");
		SlotQueries.ListQuery query = this.queries.listQuery(filter, Instant.now(), PageRequest.of(0, 25));
		String plan = String.join("\n",
				this.jdbc.sql("explain " + query.countSql()).params(query.params()).query(String.class).list());
		assertThat(plan).as(plan).contains("ix_slot_department_phase_deadline").doesNotContain("Seq Scan");
	}

	@Test
	void theWholeListReadsTheDeadlineIndexInOrder() {
		assertUsesIndexNotTable(new SlotFilter(null, Set.of(), Set.of(), false), "ix_slot_deadline");
	}

	private void assertUsesIndexNotTable(SlotFilter filter, String index) {
		SlotQueries.ListQuery query = this.queries.listQuery(filter, Instant.now(), PageRequest.of(0, 25));
		String plan = String.join("\n",
				this.jdbc.sql("explain " + query.pageSql()).params(query.params()).query(String.class).list());
		assertThat(plan).as(plan).contains(index).doesNotContain("Seq Scan on slot");
	}

}
