package dk.pladsflow.demo;

import dk.pladsflow.shared.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this is the demo set-up: {@code pladsflow.demo-data=true}, or {@code auto} (the
 * default) on the embedded default database. Decides both the demo data and the demo
 * clock control, so a server database has neither unless asked.
 */
@Component("demoMode")
public class DemoMode {

	private final boolean active;

	DemoMode(@Value("${pladsflow.demo-data:auto}") String setting, ObjectProvider<EmbeddedDatabase> embedded) {
		String value = setting.trim();
		this.active = value.equalsIgnoreCase("true")
				|| (value.equalsIgnoreCase("auto") && embedded.getIfAvailable() != null);
	}

	public boolean isActive() {
		return this.active;
	}

}
