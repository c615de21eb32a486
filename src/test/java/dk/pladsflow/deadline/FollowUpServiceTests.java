package dk.pladsflow.deadline;

import java.time.Instant;
import java.util.List;

import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The half-yearly follow-up: one review per active department per half-year, opened in
 * January and July, nothing more on a rerun; the consultant completes it, the
 * department's manager (and central managers) read it.
 */
@IntegrationTest
@Transactional
@RecordApplicationEvents
class FollowUpServiceTests extends DeadlineTestSupport {

	@Autowired
	FollowUpService followUps;

	@Autowired
	ApplicationEvents events;

	DeadlineWorld world;

	@BeforeEach
	void setUp() {
		this.world = newWorld(false);
	}

	@Test
	void januaryAndJulyOpenOneReviewPerDepartmentAndRerunsNothingMore() {
		int departments = this.organisation.activeDepartments().size();
		assertThat(this.followUps.open(Instant.parse("2091-12-31T22:59:00Z"))).as("still December in Copenhagen")
			.isEmpty();
		List<FollowUpOpened> january = this.followUps.open(Instant.parse("2091-12-31T23:00:00Z"));
		assertThat(january).hasSize(departments).allSatisfy((f) -> {
			assertThat(f.year()).isEqualTo(2092);
			assertThat(f.half()).isEqualTo(1);
		});
		assertThat(january).filteredOn((f) -> f.departmentId() == this.world.department)
			.singleElement()
			.extracting(FollowUpOpened::consultantIds)
			.isEqualTo(java.util.Set.of(this.world.consultant.id()));
		assertThat(this.followUps.open(Instant.parse("2092-01-20T10:00:00Z"))).isEmpty();
		assertThat(this.followUps.open(Instant.parse("2092-03-01T10:00:00Z"))).isEmpty();
		assertThat(this.followUps.open(Instant.parse("2092-06-30T21:59:00Z"))).isEmpty();
		assertThat(this.followUps.open(Instant.parse("2092-06-30T22:00:00Z"))).hasSize(departments)
			.allSatisfy((f) -> assertThat(f.half()).isEqualTo(2));
		assertThat(this.followUps.open(Instant.parse("2092-07-31T10:00:00Z"))).isEmpty();
		assertThat(this.events.stream(FollowUpOpened.class)).hasSize(2 * departments);
		assertThat(this.jdbc.sql("select count(*) from follow_up_review where year = 2092").query(Long.class).single())
			.isEqualTo(2L * departments);
	}

	@Test
	void theConsultantCompletesTheReviewAndTheDepartmentsManagerReadsIt() {
		long slot = this.world.openSlot();
		long review = this.followUps.open(Instant.parse("2093-01-02T08:00:00Z"))
			.stream()
			.filter((f) -> f.departmentId() == this.world.department)
			.findFirst()
			.orElseThrow()
			.reviewId();
		assertThat(this.followUps.list(this.world.manager)).extracting(FollowUpReview::departmentId)
			.containsOnly(this.world.department);
		assertThat(this.followUps.slots(this.world.manager, review, PageRequest.of(0, 25)).getContent())
			.extracting(dk.pladsflow.slot.SlotRow::id)
			.containsExactly(slot);
		assertThat(this.followUps.review(this.world.centralManager, review).open()).isTrue();
		assertThatThrownBy(() -> this.followUps.review(this.world.otherManager, review))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.followUps.list(this.world.employer)).isInstanceOf(ForbiddenException.class);
		long version = this.followUps.review(this.world.consultant, review).version();
		assertThatThrownBy(() -> this.followUps.complete(this.world.manager, review, version, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		this.followUps.complete(this.world.consultant, review, version, "Alle pladser er stadig relevante");
		FollowUpReview done = this.followUps.review(this.world.manager, review);
		assertThat(done.open()).isFalse();
		assertThat(done.note()).isEqualTo("Alle pladser er stadig relevante");
		assertThat(done.completedBy()).isEqualTo(this.world.consultant.displayName());
		assertThatThrownBy(() -> this.followUps.complete(this.world.consultant, review, version, "Igen"))
			.isInstanceOf(ConcurrentChangeException.class);
	}

}
