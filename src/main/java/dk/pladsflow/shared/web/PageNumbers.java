package dk.pladsflow.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Page numbers from a query string, made safe once for every list: a negative page is the
 * first, a page beyond {@link #LAST} is {@link #LAST} (the nearest page the database can
 * be asked for; nobody pages that far, and the list shows "no rows" and a pager back).
 */
public final class PageNumbers {

	/** The highest page number a list is asked for, zero-based. */
	public static final int LAST = 10_000;

	private PageNumbers() {
	}

	/**
	 * The page asked for, within range.
	 * @param page the page number from the request, zero-based
	 * @param size rows per page
	 * @return the page request
	 */
	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	/**
	 * The page asked for, within range, sorted.
	 * @param page the page number from the request, zero-based
	 * @param size rows per page
	 * @param sort the order
	 * @return the page request
	 */
	public static PageRequest of(int page, int size, Sort sort) {
		return PageRequest.of(Math.max(0, Math.min(page, LAST)), size, sort);
	}

}
