package dk.pladsflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Pladsflow: wage-subsidy slots, their deadlines and the departments' target figures.
 */
@SpringBootApplication
public class PladsflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(PladsflowApplication.class, args);
	}

}
