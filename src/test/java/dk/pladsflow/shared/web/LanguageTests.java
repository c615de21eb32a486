package dk.pladsflow.shared.web;

import dk.pladsflow.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dk.pladsflow.test.Pages.heading;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Pages are Danish unless the user picks English, which the browser then remembers.
 */
@WebIntegrationTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesAreDanishByDefaultEvenForAnEnglishBrowser() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en")).andExpect(content().string(heading("Log ind")));
	}

	@Test
	void chosenEnglishIsRememberedOnTheNextPage() throws Exception {
		MvcResult chosen = this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(heading("Log in")))
			.andReturn();
		Cookie language = chosen.getResponse().getCookie("pladsflow-lang");
		this.mvc.perform(get("/login").cookie(language)).andExpect(content().string(heading("Log in")));
	}

}
