package dk.pladsflow.demo;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this is the demo set-up: only when asked for with
 * {@code pladsflow.demo-data=true} ({@code ./mvnw spring-boot:run} asks through the
 * {@code demo} profile; the jar and the Docker image never do unless
 * {@code PLADSFLOW_DEMO_DATA=true}). Decides both the demo data and the demo clock
 * control. Anything but {@code true} or {@code false} stops the start, so a mistyped
 * value never turns the demo on.
 */
@Component("demoMode")
public class DemoMode {

	private final boolean active;

	DemoMode(@Value("${pladsflow.demo-data:false}") String setting) {
		String value = setting.trim().toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			throw new IllegalStateException(
					"pladsflow.demo-data (PLADSFLOW_DEMO_DATA) must be true or false, not '" + setting + "'");
		}
		this.active = value.equals("true");
	}

	public boolean isActive() {
		return this.active;
	}

}
