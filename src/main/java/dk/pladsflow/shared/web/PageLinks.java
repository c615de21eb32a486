package dk.pladsflow.shared.web;

import org.springframework.data.domain.Page;
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

	/**
	 * Whether a page's list was counted only up to a limit ({@link CountedPage}).
	 * @param page the page
	 * @return true if there are more rows than were counted
	 */
	public boolean capped(Page<?> page) {
		return page instanceof CountedPage<?> counted && counted.isCapped();
	}

}
