package dk.pladsflow.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal browser for tests against the running server, over plain sockets, from a
 * chosen loopback address (127.0.0.1, 127.0.0.2, …: all of 127.0.0.0/8 is this machine),
 * so that the server sees requests from different client addresses without trusting any
 * forwarded header. It keeps cookies as a browser would and follows nothing by itself.
 * Requests are HTTP/1.0 with {@code Connection: close}, so a response is read to its end.
 */
final class LoopbackBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String from;

	private final int port;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	LoopbackBrowser(String from, int port) {
		this.from = from;
		this.port = port;
	}

	Map<String, String> cookies() {
		return this.cookies;
	}

	Response get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	Response post(String path, Map<String, String> form, String... headers) {
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return send("POST", path, body.toString(), headers);
	}

	/**
	 * Posts a form of a page, with the CSRF token the page carries.
	 */
	Response submit(String pagePath, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(pagePath).body());
		if (!token.find()) {
			throw new IllegalStateException(pagePath + " carries no CSRF token");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", token.group(1).replace("&#45;", "-").replace("&#x2d;", "-"));
		return post(action, form);
	}

	/**
	 * Logs in through the login form.
	 * @return the answer to the form's POST
	 */
	Response logIn(String username, String password) {
		return submit("/login", "/login", Map.of("username", username, "password", password));
	}

	/**
	 * One HTTP Basic request (the API: no cookies, no session).
	 */
	Response basic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send("GET", path, null, "Authorization", "Basic " + credentials, "Accept", "application/json");
	}

	private Response send(String method, String path, String body, String... headers) {
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n");
		request.append("Connection: close\r\nAccept-Language: da\r\n");
		if (!this.cookies.isEmpty()) {
			request.append("Cookie: ");
			this.cookies.forEach((name, value) -> request.append(name).append('=').append(value).append("; "));
			request.append("\r\n");
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		if (body != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\n");
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(this.from), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			Response response = Response.parse(socket.getInputStream());
			for (String cookie : response.headers("set-cookie")) {
				String pair = cookie.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An answer of the server.
	 *
	 * @param status the status code
	 * @param headerLines the header lines, as sent
	 * @param body the body, as UTF-8
	 */
	record Response(int status, List<String> headerLines, String body) {

		static Response parse(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
			return new Response(status, headerLines, (end >= 0) ? text.substring(end + 4) : "");
		}

		List<String> headers(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headerLines.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

		Optional<String> header(String name) {
			return headers(name).stream().findFirst();
		}

		/** Where a redirect points, without scheme and host. */
		String location() {
			return header("Location").map((l) -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
		}

	}

}
