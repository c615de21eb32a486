package dk.pladsflow.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * An {@link IntegrationTest} on a running server (a random port,
 * {@code @LocalServerPort}): for what only the servlet container does (error dispatches,
 * cookies, client addresses), asked through plain HTTP. The tests that use it share one
 * server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "pladsflow.demo-data=false")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
public @interface ServerIntegrationTest {

}
