package dk.pladsflow.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * How the front end's files are served (Spring Boot's own static mappings are off:
 * {@code spring.web.resources.add-mappings=false}).
 * <ul>
 * <li>Versioned URLs are cached by the browser for a year and never revalidated
 * ({@code Cache-Control: public, max-age=31536000, immutable}): WebJars carry their
 * version in the path, the application's own files the content hash of
 * {@link Assets#getVersion()} ({@code /css/<hash>/pladsflow.css}); another hash is
 * another URL, so a changed file is fetched at once.</li>
 * <li>The same files without a version ({@code /css/pladsflow.css}) are still served, but
 * must be revalidated on every use ({@code no-cache}; an unchanged file costs a
 * {@code 304}).</li>
 * <li>A file, once found, is kept in memory with its name and modification time: serving
 * it again does not look it up in the nested jar (which took most of a static request's
 * time). Only files that exist and were asked for are kept, so the cache holds at most
 * the few MB of the WebJars and {@code static/}.</li>
 * </ul>
 * HTML pages are not affected: Spring Security marks them {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final List<String> STATIC_PATHS = List.of("/webjars/", "/css/", "/js/");

	private final Assets assets;

	StaticResourceConfiguration(Assets assets) {
		this.assets = assets;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// before the controllers' mappings, so a file's request is not first matched
		// against every controller's patterns
		registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
		String version = this.assets.getVersion();
		inMemory(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(FOREVER));
		for (String folder : List.of("css", "js")) {
			inMemory(registry.addResourceHandler("/" + folder + "/" + version + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(FOREVER));
			inMemory(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.noCache()));
		}
	}

	/**
	 * Spring's resource chain with its cache of resolved files, in front of which each
	 * file is read into memory once. Not {@code resourceChain(true)}: that also caches
	 * transformed files keyed by the file itself, and an in-memory file's hash code is
	 * the hash of all its bytes, computed again on every request. Each handler has a
	 * cache of its own: the keys are paths below the handler's locations.
	 */
	private static void inMemory(ResourceHandlerRegistration registration) {
		registration.resourceChain(false)
			.addResolver(new CachingResourceResolver(new ConcurrentMapCache("static-files")))
			.addResolver(new InMemoryResourceResolver());
	}

	/**
	 * Flash attributes (the "Gemt." after a redirect) live in the session, and Spring MVC
	 * looks for them on every request it serves, which loads the session from the
	 * database whenever the browser sends its cookie. A static file has none to show.
	 * @return the flash map manager of the dispatcher servlet
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return STATIC_PATHS.stream().anyMatch(path::startsWith) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

	/**
	 * Reads a resolved file into memory once, keeping its name (for the content type) and
	 * its modification time (for {@code Last-Modified} and {@code 304}s); the caching
	 * resolver in front of it then hands out that copy.
	 */
	static class InMemoryResourceResolver extends AbstractResourceResolver {

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			Resource resource = chain.resolveResource(request, requestPath, locations);
			if (resource == null) {
				return null;
			}
			try (InputStream content = resource.getInputStream()) {
				return new TransformedResource(resource, content.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read " + requestPath, ex);
			}
		}

		@Override
		protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return chain.resolveUrlPath(resourceUrlPath, locations);
		}

	}

}
