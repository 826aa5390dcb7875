package org.sanxiang.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.CsvWriter;
import org.sanxiang.platform.PublicAddresses;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/**
 * 开放数据 of the published inspection results (no login), like the decisions' downloads: CSV
 * (RFC 4180, UTF-8 with a byte order mark for Excel, Chinese header, cells that a
 * spreadsheet would run as a formula neutralised) and JSON (an array of objects, every
 * key present, {@code null} when empty). Withdrawn results stay with their reason,
 * without findings. May be cached for {@link #MAX_AGE}.
 */
@Controller
class InspectionOpenDataController {

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	/** Results read per query while writing. */
	static final int BATCH = 500;

	private final PublicInspections inspections;

	private final JsonMapper json;

	private final Clock clock;

	private final PublicAddresses addresses;

	InspectionOpenDataController(PublicInspections inspections, JsonMapper json, Clock clock,
			PublicAddresses addresses) {
		this.inspections = inspections;
		this.json = json;
		this.clock = clock;
		this.addresses = addresses;
	}

	@GetMapping("/open-data/inspections")
	String page(Model model) {
		model.addAttribute("fields", ResultField.values());
		model.addAttribute("maxAgeMinutes", MAX_AGE.toMinutes());
		model.addAttribute("currentPath", "/open-data/inspections");
		return "inspection/open-data";
	}

	@GetMapping("/open-data/inspections.csv")
	void csv(HttpServletResponse response) throws IOException {
		download(response, "text/csv;header=present", "inspections.csv", "双随机抽查结果公示.csv");
		ResultField.Context context = context();
		CsvWriter out = new CsvWriter(response.getOutputStream());
		List<String> header = new ArrayList<>();
		for (ResultField f : ResultField.values()) {
			header.add(f.label());
		}
		out.row(header);
		for (int offset = 0;; offset += BATCH) {
			List<PublicInspections.PublicResult> batch = this.inspections.results(null, null, offset, BATCH).items();
			for (PublicInspections.PublicResult r : batch) {
				List<String> cells = new ArrayList<>();
				for (ResultField f : ResultField.values()) {
					cells.add(f.value(r, context));
				}
				out.row(cells);
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		out.flush();
	}

	@GetMapping("/open-data/inspections.json")
	void json(HttpServletResponse response) throws IOException {
		download(response, "application/json", "inspections.json", "双随机抽查结果公示.json");
		ResultField.Context context = context();
		try (JsonGenerator out = this.json.createGenerator(response.getOutputStream())) {
			out.writeStartArray();
			for (int offset = 0;; offset += BATCH) {
				List<PublicInspections.PublicResult> batch = this.inspections.results(null, null, offset, BATCH)
					.items();
				for (PublicInspections.PublicResult r : batch) {
					out.writeStartObject();
					for (ResultField f : ResultField.values()) {
						String value = f.value(r, context);
						if (value == null) {
							out.writeNullProperty(f.key());
						}
						else {
							out.writeStringProperty(f.key(), value);
						}
					}
					out.writeEndObject();
				}
				if (batch.size() < BATCH) {
					break;
				}
			}
			out.writeEndArray();
		}
	}

	private ResultField.Context context() {
		return new ResultField.Context(this.clock.getZone(), this.addresses.base().toUriString());
	}

	private static void download(HttpServletResponse response, String type, String asciiName, String name) {
		response.setContentType(type);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
		// filename* (RFC 6266) carries the Chinese name; the plain one is for old clients
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
				+ "\"; filename*=UTF-8''" + UriUtils.encode(name, StandardCharsets.UTF_8));
	}

}
