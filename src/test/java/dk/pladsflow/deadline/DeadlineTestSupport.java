package dk.pladsflow.deadline;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.pladsflow.citizen.CitizenService;
import dk.pladsflow.organisation.OrganisationService;
import dk.pladsflow.slot.SlotService;
import dk.pladsflow.test.MutableClock;
import dk.pladsflow.test.StandaloneApplication;
import dk.pladsflow.test.TestDatabase;
import dk.pladsflow.user.UserService;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the deadline tests share: the facades a {@link DeadlineWorld} is built through,
 * the movable clock (reset after each test, as the context is shared) and the database.
 */
abstract class DeadlineTestSupport {

	@Autowired
	SlotService slots;

	@Autowired
	OrganisationService organisation;

	@Autowired
	UserService users;

	@Autowired
	CitizenService citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A world in a department of its own (only for transactional tests: the department
	 * would otherwise stay).
	 */
	DeadlineWorld newWorld(boolean oneCvMode) {
		return new DeadlineWorld(this.organisation, this.users, this.citizens, this.slots, oneCvMode);
	}

	/**
	 * A world in an existing department, for tests that commit.
	 */
	DeadlineWorld worldIn(String departmentCode) {
		return new DeadlineWorld(this.organisation, this.users, this.citizens, this.slots, departmentCode);
	}

	/**
	 * A second node: the application started beside this test's context on the same
	 * database, without demo data. Close it to stop it.
	 */
	static ConfigurableApplicationContext startSecondNode() {
		TestDatabase.Connection database = TestDatabase.get();
		return StandaloneApplication.start("spring.datasource.url=" + database.jdbcUrl(),
				"spring.datasource.username=" + database.username(),
				"spring.datasource.password=" + database.password(), "pladsflow.demo-data=false");
	}

	/**
	 * Runs the two calls at the same moment on two threads, as two nodes would.
	 * @return their results, the first call's first
	 */
	static <T> List<T> atTheSameMoment(Callable<T> one, Callable<T> two) throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Future<T> first = nodes.submit(() -> {
				together.await();
				return one.call();
			});
			Future<T> second = nodes.submit(() -> {
				together.await();
				return two.call();
			});
			return List.of(first.get(), second.get());
		}
		finally {
			nodes.shutdown();
		}
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

}
