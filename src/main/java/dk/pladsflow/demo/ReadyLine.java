package dk.pladsflow.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is ready, one plain line on standard output (not a log line, so
 * that it stands out after the start-up log) with the address to open and, in the demo
 * set-up, how to log in: what a newcomer who just typed {@code ./mvnw spring-boot:run}
 * needs next.
 */
@Component
class ReadyLine {

	private final DemoMode demo;

	private final String contextPath;

	ReadyLine(DemoMode demo, @Value("${server.servlet.context-path:}") String contextPath) {
		this.demo = demo;
		this.contextPath = contextPath;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			System.out.println(line(web.getWebServer().getPort()));
		}
	}

	String line(int port) {
		String address = "http://localhost:" + port + this.contextPath + "/";
		if (!this.demo.isActive()) {
			return "Pladsflow is ready: open " + address;
		}
		return "Pladsflow is ready: open " + address + " and log in as admin, konsulent, arbejdsgiver, leder or "
				+ "leder-buf, password " + DemoData.PASSWORD;
	}

}
