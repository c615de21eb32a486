package dk.pladsflow.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The versions in the layout's asset URLs, known once at start-up so that no link needs a
 * look-up: the WebJar versions from the build ({@code ${@assets.bootstrap}}), and for the
 * application's own files under {@code static/} a hash of their content
 * ({@code /css/${@assets.version}/pladsflow.css}). Every such URL names exactly one
 * content, so it is served to be cached for a year ({@link StaticResourceConfiguration}).
 */
@Component("assets")
public class Assets {

	static final String OWN_FILES = "classpath:/static/**/*.*";

	private final String bootstrap;

	private final String htmx;

	private final String chartjs;

	private final String version;

	Assets(@Value("${pladsflow.assets.bootstrap}") String bootstrap, @Value("${pladsflow.assets.htmx}") String htmx,
			@Value("${pladsflow.assets.chartjs}") String chartjs) {
		this.bootstrap = bootstrap;
		this.htmx = htmx;
		this.chartjs = chartjs;
		this.version = contentHash(OWN_FILES);
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

	/**
	 * The content hash of the application's own static files, the version segment of
	 * their URLs: it changes whenever any of them changes.
	 * @return twelve hex digits
	 */
	public String getVersion() {
		return this.version;
	}

	/**
	 * SHA-256 over the names and contents of the files, in the order of their paths.
	 */
	static String contentHash(String pattern) {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(files, Comparator.comparing(Assets::pathOf));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource file : files) {
				digest.update(pathOf(file).getBytes(StandardCharsets.UTF_8));
				try (InputStream content = file.getInputStream()) {
					digest.update(content.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the static files to version them", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The part of a file's URL from {@code static/} on, the same in a jar and in a
	 * folder.
	 */
	private static String pathOf(Resource file) {
		try {
			String url = file.getURL().toString();
			int at = url.lastIndexOf("/static/");
			return (at < 0) ? url : url.substring(at);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
