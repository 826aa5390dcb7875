package org.sanxiang.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers as a browser receives them over real HTTP, on the public site, the
 * console and the API alike, and no answer that names the server software or its version.
 * (Session fixation, CSRF and the headers over https are checked in identity's
 * SecurityIntegrationTests, lockout in LockoutIntegrationTests.)
 */
@SecuritySuiteTest
class SecurityHeadersIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void publicPagesConsolePagesAndTheApiCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/", "/search?q=%E8%AE%B8%E5%8F%AF", "/decisions", "/login", "/complaints/new",
				"/api/v1/public/decisions", "/api/v1/catalog/items", "/console", "/console/licensing",
				"/api/v1/notifications")) {
			HttpResponse<String> response = get(path, path.contains("console") || path.contains("notifications"));
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP of %s", path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
						"object-src 'none'", "frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(response.headers().firstValue("Cache-Control")).as("%s is not cached", path)
				.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
			assertNoServerSoftware(path, response);
		}
	}

	@Test
	void errorsNameNeitherTheServerSoftwareNorItsVersion() throws Exception {
		for (String path : List.of("/no-such-page", "/api/v1/no-such-endpoint", "/decisions/not-a-uuid",
				"/api/v1/public/decisions/not-a-uuid", "/%2e%2e/%2e%2e/etc/passwd",
				"/api/v1/public/decisions?action=x")) {
			HttpResponse<String> response = get(path, false);
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertNoServerSoftware(path, response);
			assertThat(response.body()).as("body of %s", path)
				.doesNotContain("Exception", "at org.", "at java.", "Whitelabel");
		}
	}

	private static void assertNoServerSoftware(String path, HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Server")).as("Server header of %s", path).isEmpty();
		assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
		assertThat(response.body()).as("body of %s", path).doesNotContainIgnoringCase("Apache Tomcat");
	}

	private HttpResponse<String> get(String path, boolean signedIn) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (signedIn) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("director:demo".getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
