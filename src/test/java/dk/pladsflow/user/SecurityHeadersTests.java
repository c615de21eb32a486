package dk.pladsflow.user;

import dk.pladsflow.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Every page tells the browser to refuse framing, sniffing and foreign scripts.
 */
@WebIntegrationTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] { get("/login"),
				get("/").with(UserMother.as(Role.CONSULTANT)) }) {
			this.mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
								containsString("frame-ancestors 'none'"))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
	}

}
