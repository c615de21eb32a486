package dk.pladsflow.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.slot.SlotAge;
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
 * The half-yearly follow-up catches up: every run opens the review of every half-year
 * that lacks one, from the department's first slot, so a January without a run is made up
 * in February; the review is due at the end of the half-year's first month, lists the
 * slots with their ages, takes the consultant's proposal and the department's comments,
 * and the consultant completes it.
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
	void aJanuaryOutageIsMadeUpInFebruaryAndRerunsOpenNothingMore() {
		moveTo(Instant.parse("2090-10-15T10:00:00Z"));
		long slot = this.world.openSlot();
		assertThat(mine(this.followUps.open(Instant.parse("2090-10-15T11:00:00Z")))).as("the first slot's half-year")
			.extracting(FollowUpOpened::year, FollowUpOpened::half)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2090, 2));
		// nothing ran in January 2091: the February run opens the first half-year
		List<FollowUpOpened> february = mine(this.followUps.open(Instant.parse("2091-02-10T05:00:00Z")));
		assertThat(february).singleElement().satisfies((f) -> {
			assertThat(f.year()).isEqualTo(2091);
			assertThat(f.half()).isEqualTo(1);
			assertThat(f.consultantIds()).containsExactly(this.world.consultant.id());
		});
		assertThat(mine(this.followUps.open(Instant.parse("2091-02-11T05:00:00Z")))).as("a rerun").isEmpty();
		FollowUpReview review = this.followUps.review(this.world.consultant, february.get(0).reviewId());
		assertThat(review.dueOn()).isEqualTo(LocalDate.of(2091, 1, 31));
		moveTo(Instant.parse("2091-02-10T08:00:00Z"));
		assertThat(this.followUps.overdue(this.world.consultant)).extracting(FollowUpReview::id).contains(review.id());
		assertThat(this.followUps.overdue(this.world.manager)).as("the consultant's worklist only").isEmpty();
		assertThat(this.followUps.slots(this.world.consultant, review.id(), PageRequest.of(0, 25)).getContent())
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.id()).isEqualTo(slot);
				assertThat(s.unused()).isTrue();
				assertThat(s.ageDays()).isEqualTo(118);
			});
		// a whole year without runs: both half-years are opened at once
		assertThat(mine(this.followUps.open(Instant.parse("2092-08-01T05:00:00Z"))))
			.extracting(FollowUpOpened::year, FollowUpOpened::half)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2091, 2), org.assertj.core.groups.Tuple.tuple(2092, 1),
					org.assertj.core.groups.Tuple.tuple(2092, 2));
	}

	@Test
	void aDepartmentWithoutSlotsHasNothingToReview() {
		assertThat(mine(this.followUps.open(Instant.parse("2093-01-02T08:00:00Z")))).isEmpty();
	}

	@Test
	void theDepartmentCommentsTheConsultantProposesAndCompletesAndOthersOnlyRead() {
		long slot = this.world.openSlot();
		long review = mine(this.followUps.open(this.clock.instant())).get(0).reviewId();
		assertThat(this.followUps.list(this.world.manager)).extracting(FollowUpReview::departmentId)
			.containsOnly(this.world.department);
		assertThat(this.followUps.list(this.world.employer)).as("the department's employers read it")
			.extracting(FollowUpReview::id)
			.contains(review);
		assertThat(this.followUps.slots(this.world.employer, review, PageRequest.of(0, 25)).getContent())
			.extracting(SlotAge::id)
			.containsExactly(slot);
		assertThat(this.followUps.review(this.world.centralManager, review).open()).isTrue();
		assertThatThrownBy(() -> this.followUps.review(this.world.otherManager, review))
			.isInstanceOf(ForbiddenException.class);
		this.followUps.comment(this.world.employer, review, "Pladsen i Enhed A er stadig relevant");
		this.followUps.comment(this.world.manager, review, "Enig");
		assertThatThrownBy(() -> this.followUps.comment(this.world.employer, review, "  "))
			.isInstanceOf(FieldRejectedException.class);
		assertThatThrownBy(() -> this.followUps.comment(this.world.consultant, review, "Konsulent"))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.followUps.comment(this.world.otherManager, review, "Fremmed"))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.followUps.comments(this.world.consultant, review)).extracting(FollowUpReview.Comment::text)
			.containsExactly("Pladsen i Enhed A er stadig relevant", "Enig");
		long version = this.followUps.review(this.world.consultant, review).version();
		assertThatThrownBy(() -> this.followUps.propose(this.world.manager, review, version, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		this.followUps.propose(this.world.consultant, review, version, "Behold pladsen, henvis flere");
		long proposed = this.followUps.review(this.world.consultant, review).version();
		assertThatThrownBy(() -> this.followUps.complete(this.world.manager, review, proposed, "Nej"))
			.isInstanceOf(ForbiddenException.class);
		this.followUps.complete(this.world.consultant, review, proposed, "Alle pladser er stadig relevante");
		FollowUpReview done = this.followUps.review(this.world.manager, review);
		assertThat(done.open()).isFalse();
		assertThat(done.proposal()).isEqualTo("Behold pladsen, henvis flere");
		assertThat(done.note()).isEqualTo("Alle pladser er stadig relevante");
		assertThat(done.completedBy()).isEqualTo(this.world.consultant.displayName());
		assertThatThrownBy(() -> this.followUps.complete(this.world.consultant, review, proposed, "Igen"))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThatThrownBy(() -> this.followUps.comment(this.world.employer, review, "For sent"))
			.as("a completed review takes no more comments")
			.isInstanceOf(ForbiddenException.class);
	}

	private List<FollowUpOpened> mine(List<FollowUpOpened> opened) {
		return opened.stream().filter((f) -> f.departmentId() == this.world.department).toList();
	}

	private void moveTo(Instant moment) {
		this.entityManager.flush();
		this.clock.advance(Duration.between(this.clock.instant(), moment));
	}

}
