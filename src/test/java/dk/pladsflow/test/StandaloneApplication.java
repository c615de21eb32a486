package dk.pladsflow.test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import dk.pladsflow.PladsflowApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the application as {@code java -jar} would, without the test harness: for tests
 * of what happens on start-up (an empty database, a restart). The test sources are kept
 * out of its component scan, so the shared test database does not sneak in.
 */
public final class StandaloneApplication {

	private static final AtomicInteger STARTED = new AtomicInteger();

	private StandaloneApplication() {
	}

	/**
	 * Starts the application on a free port.
	 * @param properties extra {@code key=value} properties, as command-line arguments
	 * @return the running application; close it to stop it
	 */
	public static ConfigurableApplicationContext start(String... properties) {
		String[] arguments = new String[properties.length + 2];
		arguments[0] = "--server.port=0";
		// a Quartz scheduler of its own name: Quartz keeps its data sources in one
		// JVM-wide
		// registry by scheduler name, so closing this application must not close the job
		// store connection of the test contexts that stay cached
		arguments[1] = "--spring.quartz.scheduler-name=pladsflow-standalone-" + STARTED.incrementAndGet();
		for (int i = 0; i < properties.length; i++) {
			arguments[i + 2] = "--" + properties[i];
		}
		return new SpringApplicationBuilder(PladsflowApplication.class).registerShutdownHook(false)
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton(TestClassesExcludeFilter.class.getName(), new TestClassesExcludeFilter()))
			// as command-line arguments, so that they win over application.properties (as
			// environment variables or arguments do for the jar)
			.run(arguments);
	}

	static final class TestClassesExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURI().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcludeFilter;
		}

		@Override
		public int hashCode() {
			return TestClassesExcludeFilter.class.hashCode();
		}

	}

}
