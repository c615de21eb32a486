package dk.pladsflow.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the shared real PostgreSQL ({@link TestDatabase}), without the
 * demo data. Every integration test uses this, so all share one application context where
 * their configuration agrees. The clock is a {@link MutableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "pladsflow.demo-data=false")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
public @interface IntegrationTest {

}
