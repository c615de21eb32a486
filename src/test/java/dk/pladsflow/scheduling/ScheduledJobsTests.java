package dk.pladsflow.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dk.pladsflow.test.Unique;
import dk.pladsflow.test.WebIntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import dk.pladsflow.user.UserData;
import dk.pladsflow.user.UserService;
import dk.pladsflow.user.UserMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger.TriggerState;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * The scheduling infrastructure on a running scheduler: a declared task becomes a durable
 * Quartz job with a Copenhagen cron trigger, runs are recorded, and the administrator's
 * page runs, pauses and resumes jobs. This class has a context of its own, the only one
 * whose scheduler is started.
 */
@WebIntegrationTest
@Import(ScheduledJobsTests.Tasks.class)
@TestPropertySource(properties = { "spring.quartz.auto-startup=true", "pladsflow.jobs.test-counter.cron=0 0 3 * * ?" })
class ScheduledJobsTests {

	static final AtomicInteger runs = new AtomicInteger();

	@Autowired
	Scheduler scheduler;

	@Autowired
	JobAdministration jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserService users;

	@Autowired
	MockMvc mvc;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		String username = Unique.name("admin");
		long id = this.users.create(UserMother.ADMIN, username, "rigtig-kode-1",
				new UserData(username, null, Set.of(Role.ADMIN), null, Set.of()));
		this.admin = CurrentUser.of(id, username, Set.of(Role.ADMIN), null, Set.of());
	}

	@Test
	void aDeclaredTaskBecomesADurableRecoverableJobWithACopenhagenCronTriggerThatFiresOnceAfterAMisfire()
			throws Exception {
		JobDetail job = this.scheduler.getJobDetail(JobKey.jobKey("test-counter", JobRegistrar.GROUP));
		assertThat(job.isDurable()).isTrue();
		assertThat(job.requestsRecovery()).isTrue();
		assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
		CronTrigger trigger = (CronTrigger) this.scheduler
			.getTrigger(TriggerKey.triggerKey("test-counter", JobRegistrar.GROUP));
		assertThat(trigger.getCronExpression()).as("the setting wins over the default").isEqualTo("0 0 3 * * ?");
		assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/Copenhagen");
		assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		assertThat(this.jdbc.sql("select count(*) from qrtz_job_details where job_name = 'test-counter'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void runNowRunsTheTaskOnTheSchedulerAndRecordsTheRunAndWhoStartedIt() throws Exception {
		int before = runs.get();
		this.jobs.runNow("test-counter", this.admin);
		awaitRun("test-counter", "SUCCEEDED");
		assertThat(runs.get()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from job_action where user_id = ? and action = 'RUN_NOW'")
			.param(this.admin.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFailingTaskIsRecordedAsFailedWithTheExceptionClassOnly() throws Exception {
		this.jobs.runNow("test-failing", this.admin);
		awaitRun("test-failing", "FAILED");
		assertThat(this.jdbc.sql("select error from job_run where job_name = 'test-failing' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo(IllegalStateException.class.getName());
	}

	@Test
	void theAdministratorSeesEveryJobAndPausesAndResumesOne() throws Exception {
		this.mvc.perform(get("/admin/jobs").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("test-counter")))
			.andExpect(content().string(containsString("0 0 3 * * ?")));
		this.mvc.perform(post("/admin/jobs/test-counter/pause").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		assertThat(state("test-counter")).isEqualTo(TriggerState.PAUSED);
		this.mvc.perform(get("/admin/jobs").with(user(this.admin)))
			.andExpect(content().string(containsString("/admin/jobs/test-counter/resume")));
		this.mvc.perform(post("/admin/jobs/test-counter/resume").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/jobs"));
		assertThat(state("test-counter")).isEqualTo(TriggerState.NORMAL);
		assertThat(this.jdbc.sql("select action from job_action where user_id = ? order by id")
			.param(this.admin.id())
			.query(String.class)
			.list()).containsExactly("PAUSE", "RESUME");
	}

	@Test
	void onlyAdministratorsSeeOrChangeTheJobsAndChangesNeedTheCsrfToken() throws Exception {
		for (Role role : Set.of(Role.CONSULTANT, Role.EMPLOYER, Role.MANAGER)) {
			CurrentUser other = CurrentUser.of(1, "x", Set.of(role), null, Set.of());
			this.mvc.perform(get("/admin/jobs").with(user(other))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/jobs/test-counter/run").with(user(other)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/jobs/test-counter/pause").with(user(this.admin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/jobs/no-such-job/run").with(user(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(state("test-counter")).isEqualTo(TriggerState.NORMAL);
	}

	private TriggerState state(String name) throws Exception {
		return this.scheduler.getTriggerState(TriggerKey.triggerKey(name, JobRegistrar.GROUP));
	}

	private void awaitRun(String job, String outcome) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			long count = this.jdbc
				.sql("select count(*) from job_run where job_name = ? and outcome = ? and fired_by = 'MANUAL'")
				.params(job, outcome)
				.query(Long.class)
				.single();
			if (count > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("job " + job + " did not run with outcome " + outcome);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Tasks {

		@Bean
		ScheduledTask testCounter() {
			return ScheduledTask.of("test-counter", "0 0 4 * * ?", runs::incrementAndGet);
		}

		@Bean
		ScheduledTask testFailing() {
			return ScheduledTask.of("test-failing", "0 0 4 1 1 ? 2099", () -> {
				throw new IllegalStateException("a message that could name a citizen");
			});
		}

	}

}
