package dk.pladsflow.shared.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose rows were counted only up to a limit: at national volume an
 * exact count of tens of thousands of rows would cost more than the page itself, and
 * nobody pages that far. Up to the limit the count is exact; beyond it the page says
 * "more than" (the pager and the list's caption show it) and still offers the next page.
 */
public class CountedPage<T> extends PageImpl<T> {

	private final boolean capped;

	/**
	 * A page.
	 * @param content the rows of this page
	 * @param pageable the page asked for
	 * @param counted the rows counted, at most {@code countLimit}
	 * @param countLimit where counting stopped: {@code counted == countLimit} means at
	 * least that many
	 */
	public CountedPage(List<T> content, Pageable pageable, long counted, long countLimit) {
		super(content, pageable, counted);
		this.capped = counted >= countLimit;
	}

	/**
	 * Where counting stops for a page: a thousand rows past its start, and one more to
	 * tell "exactly that many" from "more".
	 * @param pageable the page asked for
	 * @return the limit for the count query
	 */
	public static long countLimit(Pageable pageable) {
		return pageable.getOffset() + 1001;
	}

	/**
	 * Whether there are more rows than were counted.
	 * @return true if the count stopped at its limit
	 */
	public boolean isCapped() {
		return this.capped;
	}

	/**
	 * The rows known to be there: all of them, or (when capped) the number "more than"
	 * refers to.
	 * @return the number to show
	 */
	public long getKnownElements() {
		return this.capped ? getTotalElements() - 1 : getTotalElements();
	}

}
