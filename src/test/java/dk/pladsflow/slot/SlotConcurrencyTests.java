package dk.pladsflow.slot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two employers answer the same round at the same moment, each in their own committed
 * transaction: both pass the service's version check, and the database's optimistic lock
 * lets only one of them commit. Data is committed with unique names and left behind
 * harmlessly.
 */
@IntegrationTest
class SlotConcurrencyTests extends SlotTestSupport {

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void ofTwoSimultaneousAnswersToOneRoundExactlyOneIsKept() throws Exception {
		SentRound round = sentRound();
		CurrentUser colleague = this.world.user("ag-buf-2", Role.EMPLOYER, this.world.buf, java.util.Set.of());
		CyclicBarrier bothAnswered = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Void> first = threads
				.submit(answerThenCommit(this.world.bufEmployer, round, round.anna(), round.bent(), bothAnswered));
			Future<Void> second = threads
				.submit(answerThenCommit(colleague, round, round.bent(), round.anna(), bothAnswered));
			List<Throwable> failures = new ArrayList<>();
			for (Future<Void> answer : List.of(first, second)) {
				try {
					answer.get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			assertThat(failures).as("exactly one answer fails").hasSize(1);
			assertThat(failures.get(0)).isInstanceOf(OptimisticLockingFailureException.class);
		}
		finally {
			threads.shutdownNow();
		}
		SlotView after = this.slots.view(this.world.consultant, round.slot());
		assertThat(after.phase()).isEqualTo(SlotPhase.AGREEMENT);
		assertThat(after.version()).isEqualTo(round.version() + 1);
		assertThat(after.history()).extracting(SlotView.HistoryView::action)
			.filteredOn((action) -> action.equals("CHOSEN") || action.equals("ROUND_DECLINED"))
			.hasSize(1);
		assertThat(after.referrals()).filteredOn((r) -> r.state() == ReferralState.CHOSEN).hasSize(1);
	}

	/**
	 * Answers in a transaction of its own, then waits, before committing, until the other
	 * thread has answered too: both have passed the version check when the first commits.
	 */
	private Callable<Void> answerThenCommit(CurrentUser employer, SentRound round, long chosen, long declined,
			CyclicBarrier bothAnswered) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		return () -> transaction.execute((status) -> {
			this.slots.answer(employer, round.slot(), round.version(), chosen, Map.of(declined, "Valgte en anden"));
			try {
				bothAnswered.await(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("the other answer never came", ex);
			}
			return null;
		});
	}

}
