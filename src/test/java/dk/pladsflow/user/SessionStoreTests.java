package dk.pladsflow.user;

import java.util.Set;
import java.util.UUID;

import dk.pladsflow.test.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database, not in one instance's memory: a login is stored there,
 * and any instance that reads the session cookie finds the user logged in.
 */
@WebIntegrationTest
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginIsKeptInTheDatabaseAndServesTheNextRequestFromThere() throws Exception {
		String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.create(username, "rigtig-kode-1",
				new UserData("Sesse", null, Set.of(Role.CONSULTANT), null, Set.of()));
		MvcResult login = this.mvc.perform(formLogin().user(username).password("rigtig-kode-1"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Long.class)
			.single()).isEqualTo(1);
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

}
