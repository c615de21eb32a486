package dk.pladsflow;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules only use each other through what they declare: each module's
 * {@code package-info.java} lists the modules it may depend on, and internal types stay
 * internal.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		ApplicationModules.of(PladsflowApplication.class).verify();
	}

}
