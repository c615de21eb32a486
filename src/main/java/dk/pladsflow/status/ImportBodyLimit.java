package dk.pladsflow.status;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of the scripted imports ({@code /api/import/*}): a body over
 * {@code pladsflow.import.max-body-size} is refused before it is read. A declared
 * {@code Content-Length} over the limit is refused at the first read, without reading a
 * byte; a body without one (chunked) is counted as it is read and refused at the first
 * byte over the limit. Either way the import never sees the body, nothing is saved, and
 * {@link ImportApiController} answers 413 with the message in the API's error format. The
 * import pages' uploads have their own limit
 * ({@code spring.servlet.multipart.max-file-size}).
 */
class ImportBodyLimit extends OncePerRequestFilter {

	private final ImportSettings settings;

	ImportBodyLimit(ImportSettings settings) {
		this.settings = settings;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Limited(request, this.settings.maxBodySize().toBytes()), response);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ImportSettings.class)
	static class Registration {

		/**
		 * Only the scripted imports, after the security filters (who asks comes first).
		 */
		@Bean
		FilterRegistrationBean<ImportBodyLimit> importBodyLimit(ImportSettings settings) {
			FilterRegistrationBean<ImportBodyLimit> registration = new FilterRegistrationBean<>(
					new ImportBodyLimit(settings));
			registration.addUrlPatterns("/api/import/*");
			return registration;
		}

	}

	/**
	 * The import settings ({@code pladsflow.import.*}).
	 *
	 * @param maxBodySize the largest request body of {@code /api/import/*}
	 */
	@ConfigurationProperties("pladsflow.import")
	record ImportSettings(@DefaultValue("20MB") DataSize maxBodySize) {

	}

	/**
	 * A size as people write it: whole megabytes or kilobytes where it is one, else
	 * bytes.
	 * @param size the size
	 * @return for instance "20 MB"
	 */
	static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

	/**
	 * Thrown when a body is, or turns out to be, over the limit.
	 */
	static final class BodyTooLargeException extends IOException {

		private final DataSize limit;

		BodyTooLargeException(long limit) {
			super("request body over " + limit + " bytes");
			this.limit = DataSize.ofBytes(limit);
		}

		DataSize limit() {
			return this.limit;
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (getContentLengthLong() > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
			if (this.stream == null) {
				this.stream = new Counting(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long count;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			// never more than one byte past the limit is asked for
			int n = this.in.read(buffer, offset, (int) Math.min(length, this.limit - this.count + 1));
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws BodyTooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
