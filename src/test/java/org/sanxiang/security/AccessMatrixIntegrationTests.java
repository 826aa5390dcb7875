package org.sanxiang.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The access-control matrix: every endpoint the application maps (each path pattern and
 * HTTP method of every controller method) is called as an anonymous visitor and as the
 * demo account of each role, and security's verdict is compared with the table declared
 * in {@code src/test/resources/security/access-matrix.csv}. An endpoint the table does
 * not declare fails the test, so a new endpoint must say who may call it.
 * <p>
 * The verdicts: {@code allow} (got past security: any answer but the three below, a 404
 * for a random id or a 400 for an empty form included), {@code login} (401, or a redirect
 * to the login page) and {@code deny} (403, from the filter chain or from the module's
 * own role check). Path variables get a value of their type that names no record (a
 * random UUID, a large number), so no demo record is changed. The observed table is
 * written to {@code target/access-matrix-observed.csv} to make updating the declared one
 * easy.
 */
@SecuritySuiteTest
class AccessMatrixIntegrationTests {

	/** The demo account that holds each role, in the table's column order. */
	static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

	static {
		ACCOUNTS.put("ADMIN", "admin");
		ACCOUNTS.put("CLERK", "clerk");
		ACCOUNTS.put("OFFICER", "officer1");
		ACCOUNTS.put("REVIEWER", "reviewer");
		ACCOUNTS.put("DIRECTOR", "director");
		ACCOUNTS.put("SUPERVISOR", "supervisor");
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?\\}");

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService staff;

	@Test
	void everyEndpointAnswersEveryRoleAsTheDeclaredTableSays() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Set<String> endpoints = endpoints();
		Map<String, List<String>> declared = declared();

		Set<String> undeclared = new TreeSet<>(endpoints);
		undeclared.removeAll(declared.keySet());
		Set<String> stale = new TreeSet<>(declared.keySet());
		stale.removeAll(endpoints);

		Map<String, List<String>> observed = new TreeMap<>();
		List<String> mismatches = new ArrayList<>();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
			List<String> verdicts = new ArrayList<>();
			verdicts.add(verdict(mvc, method, pattern, null));
			for (String account : ACCOUNTS.values()) {
				verdicts.add(verdict(mvc, method, pattern, account));
			}
			observed.put(endpoint, verdicts);
			List<String> expected = declared.get(endpoint);
			if (expected != null && !expected.equals(verdicts)) {
				mismatches.add(endpoint + " declared " + expected + " observed " + verdicts);
			}
		}
		writeObserved(observed);

		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(50);
		assertThat(undeclared)
			.as("endpoints missing from security/access-matrix.csv (see target/access-matrix-observed.csv)")
			.isEmpty();
		assertThat(stale).as("rows of security/access-matrix.csv with no such endpoint").isEmpty();
		assertThat(mismatches).as("verdicts that differ from security/access-matrix.csv").isEmpty();
		System.out.printf("access matrix: %d endpoints x %d callers = %d calls%n", endpoints.size(),
				ACCOUNTS.size() + 1, endpoints.size() * (ACCOUNTS.size() + 1));
	}

	/** Path variable name → Java type, per endpoint: a sample value of the right type. */
	private final Map<String, Map<String, Class<?>>> variables = new TreeMap<>();

	/** "METHOD /pattern" for every handler method's patterns and methods. */
	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Map<String, Class<?>> types = new LinkedHashMap<>();
			for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
				PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
				if (variable != null) {
					parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
					String name = StringUtils.hasText(variable.name()) ? variable.name() : parameter.getParameterName();
					types.put(name, parameter.getParameterType());
				}
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = new ArrayList<>();
			if (methods.isEmpty()) {
				// a mapping without a method answers all: GET and POST stand for them
				names.add("GET");
				names.add("POST");
			}
			methods.forEach(m -> names.add(m.name()));
			for (String pattern : info.getPatternValues()) {
				names.forEach(name -> endpoints.add(name + " " + pattern));
				this.variables.put(pattern, types);
			}
		}
		return endpoints;
	}

	private String verdict(MockMvc mvc, String method, String pattern, String account) {
		String path = sample(pattern, this.variables.getOrDefault(pattern, Map.of()));
		boolean api = path.startsWith("/api/") || path.startsWith("/actuator");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
				java.net.URI.create(encode(path)));
		request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		// a fresh client address per call: the public lookups' rate limits must not
		// turn a verdict into a 429
		int client = CLIENTS.incrementAndGet();
		request.with(r -> {
			r.setRemoteAddr("10.99." + ((client >> 8) & 0xff) + "." + (client & 0xff));
			return r;
		});
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			request.with(csrf());
			if (api) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (account != null) {
			request.with(user(this.staff.loadUserByUsername(account)));
		}
		try {
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getHeader("Location");
			if (status == 401 || (status == 302 && location != null && location.matches("(https?://[^/]+)?/login"))) {
				return "login";
			}
			return (status == 403) ? "deny" : "allow";
		}
		catch (Exception ex) {
			// an exception the mock servlet does not turn into an error page: past
			// security all the same
			return "allow";
		}
	}

	static String sample(String pattern, Map<String, Class<?>> types) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String regex = matcher.group(2);
			Class<?> type = types.getOrDefault(matcher.group(1), String.class);
			String value;
			if (matcher.group(1).startsWith("*")) {
				value = "x";
			}
			else if ((regex != null && regex.contains("\\d")) || type == long.class || type == Long.class
					|| type == int.class || type == Integer.class) {
				// a number that names no record
				value = "987654";
			}
			else if (type == java.time.LocalDate.class) {
				value = "2026-01-05";
			}
			else if (regex != null && regex.contains("|")) {
				value = regex.substring(0, regex.indexOf('|'));
			}
			else {
				value = java.util.UUID.randomUUID().toString();
			}
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x").replace("*", "x");
	}

	private static String encode(String path) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			if (b >= 0 && b != ' ') {
				encoded.append((char) b);
			}
			else {
				encoded.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return encoded.toString();
	}

	/** The declared table: "METHOD /pattern" → verdicts for anonymous and each role. */
	static Map<String, List<String>> declared() throws IOException {
		Map<String, List<String>> declared = new LinkedHashMap<>();
		try (InputStream in = new ClassPathResource("security/access-matrix.csv").getInputStream()) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (String line : lines) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("method,")) {
					continue;
				}
				String[] cells = trimmed.split(",");
				assertThat(cells).as("row %s", trimmed).hasSize(3 + ACCOUNTS.size());
				List<String> verdicts = new ArrayList<>();
				for (int i = 2; i < cells.length; i++) {
					assertThat(cells[i].strip()).as("verdict in %s", trimmed).isIn("allow", "login", "deny");
					verdicts.add(cells[i].strip());
				}
				String key = cells[0].strip() + " " + cells[1].strip();
				assertThat(declared.put(key, verdicts)).as("row declared twice: %s", key).isNull();
			}
		}
		return declared;
	}

	private static void writeObserved(Map<String, List<String>> observed) throws IOException {
		StringBuilder csv = new StringBuilder("method,path,anonymous," + String.join(",", ACCOUNTS.keySet()) + "\n");
		observed.forEach((endpoint, verdicts) -> csv.append(endpoint.replaceFirst(" ", ","))
			.append(',')
			.append(String.join(",", verdicts))
			.append('\n'));
		Path target = Path.of("target", "access-matrix-observed.csv");
		Files.createDirectories(target.getParent());
		Files.writeString(target, csv.toString());
	}

}
