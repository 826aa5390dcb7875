package org.sanxiang.disclosure.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.PublicAddresses;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.UriUtils;

/**
 * 开放数据 on the portal (no login): the page that documents each dataset, the downloads and
 * the Atom feed. The downloads are streamed straight from the database cursor; they may
 * be cached for {@link #MAX_AGE} (a new publication or withdrawal shows within that
 * time), the feed also answers conditional requests by its ETag.
 */
@Controller
class OpenDataController {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/** Entries in the Atom feed. */
	static final int FEED_SIZE = 50;

	static final String CSV = "text/csv;header=present";

	static final String JSON = "application/json";

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	private final PublishedDecisions decisions;

	private final JsonMapper json;

	private final Clock clock;

	private final PublicAddresses addresses;

	OpenDataController(PublishedDecisions decisions, JsonMapper json, Clock clock, PublicAddresses addresses) {
		this.decisions = decisions;
		this.json = json;
		this.clock = clock;
		this.addresses = addresses;
	}

	@GetMapping("/open-data")
	String page(Model model) {
		model.addAttribute("decisionFields", DecisionField.values());
		model.addAttribute("xinyongColumns", XinyongColumn.values());
		model.addAttribute("feedSize", FEED_SIZE);
		model.addAttribute("maxAgeMinutes", MAX_AGE.toMinutes());
		model.addAttribute("currentPath", "/open-data");
		return "portal/open-data";
	}

	@GetMapping("/open-data/decisions.csv")
	void decisionsCsv(HttpServletResponse response) throws IOException {
		download(response, CSV, "decisions.csv", "行政许可决定公示.csv");
		Exports.decisionsCsv(this.decisions, context(), response.getOutputStream());
	}

	@GetMapping("/open-data/decisions.json")
	void decisionsJson(HttpServletResponse response) throws IOException {
		download(response, JSON, "decisions.json", "行政许可决定公示.json");
		Exports.decisionsJson(this.decisions, context(), this.json, response.getOutputStream());
	}

	@GetMapping("/open-data/xinyong-xk.csv")
	void xinyongCsv(HttpServletResponse response) throws IOException {
		download(response, CSV, "xinyong-xk.csv", "双公示行政许可.csv");
		Exports.xinyongCsv(this.decisions, response.getOutputStream());
	}

	@GetMapping("/open-data/xinyong-xk.json")
	void xinyongJson(HttpServletResponse response) throws IOException {
		download(response, JSON, "xinyong-xk.json", "双公示行政许可.json");
		Exports.xinyongJson(this.decisions, this.json, response.getOutputStream());
	}

	/**
	 * The latest {@value #FEED_SIZE} changes; small enough to build in memory, so it has
	 * an ETag and a 304 for readers that already have it.
	 */
	@GetMapping("/decisions.atom")
	ResponseEntity<byte[]> feed(ServletWebRequest request) {
		List<Publication> latest = DecisionFeed.latest(this.decisions, FEED_SIZE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DecisionFeed.write(out, latest, context(), this.clock.instant());
		byte[] body = out.toByteArray();
		String etag = "\"" + sha256(body) + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, ATOM)
			.cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.eTag(etag)
			.body(body);
	}

	private static void download(HttpServletResponse response, String type, String asciiName, String name) {
		response.setContentType(type);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
		// filename* (RFC 6266) carries the Chinese name; the plain one is for old clients
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
				+ "\"; filename*=UTF-8''" + UriUtils.encode(name, StandardCharsets.UTF_8));
	}

	private ExportContext context() {
		String base = this.addresses.base().toUriString();
		return new ExportContext(this.clock.getZone(), base);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
