package dk.pladsflow.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The WebJar versions, from the build, for the layout's asset URLs
 * ({@code ${@assets.bootstrap}}). Plain versioned paths need no locator look-up per link.
 */
@Component("assets")
public class Assets {

	private final String bootstrap;

	private final String htmx;

	private final String chartjs;

	Assets(@Value("${pladsflow.assets.bootstrap}") String bootstrap, @Value("${pladsflow.assets.htmx}") String htmx,
			@Value("${pladsflow.assets.chartjs}") String chartjs) {
		this.bootstrap = bootstrap;
		this.htmx = htmx;
		this.chartjs = chartjs;
	}

	public String getBootstrap() {
		return this.bootstrap;
	}

	public String getHtmx() {
		return this.htmx;
	}

	public String getChartjs() {
		return this.chartjs;
	}

}
