package dk.pladsflow.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponents;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to other pages of a paginated list that keep the list's filters
 * ({@code ${@pageLinks.to(3)}}), so that one pager fragment serves every list.
 */
@Component("pageLinks")
public class PageLinks {

	/**
	 * The current request's URL with another page number.
	 * @param page the zero-based page
	 * @return the path and query, relative to the server
	 */
	public String to(int page) {
		UriComponents link = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build()
			.encode();
		return link.getPath() + "?" + link.getQuery();
	}

}
