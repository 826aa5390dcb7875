package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.InputRejected.FieldError;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The standard set of licensing documents (RULES.md WS-2, after the 河南 2016 and 云南 model
 * forms), shipped as data in {@code documents/templates/}: {@code index.json} lists the
 * codes in order, {@code <code>.json} holds each template. On every start a template not
 * yet in the database is written as version 1; one that exists is left alone, so an
 * administrator's versions are never overwritten. Runs in production too: documents need
 * their templates.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class StandardTemplates implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StandardTemplates.class);

	static final String FOLDER = "documents/templates/";

	static final String NOTE = "标准文书（依据省级行政许可文书格式范本）";

	private final JdbcDocumentTemplates templates;

	StandardTemplates(JdbcDocumentTemplates templates) {
		this.templates = templates;
	}

	@Override
	public void run(ApplicationArguments args) {
		int written = 0;
		List<TemplateDraft> set = load();
		for (int i = 0; i < set.size(); i++) {
			if (this.templates.seed(set.get(i), i + 1)) {
				written++;
			}
		}
		if (written > 0) {
			log.info("已载入标准执法文书模板 {} 种（第 1 版）", written);
		}
	}

	/**
	 * The standard set as shipped, in order; a broken file is a bug and fails the start.
	 */
	static List<TemplateDraft> load() {
		JsonMapper json = JsonMapper.shared();
		List<TemplateDraft> drafts = new ArrayList<>();
		for (JsonNode code : json.readTree(read("index.json")).values()) {
			drafts.add(parse(code.stringValue(), read(code.stringValue() + ".json")));
		}
		return drafts;
	}

	static TemplateDraft parse(String code, String text) {
		JsonNode t = JsonMapper.shared().readTree(text);
		List<FieldError> problems = new ArrayList<>();
		TemplateJson.Read read = TemplateJson.draft(code, t.path("title").asString(null),
				t.path("series").asString(null), t.path("remediesRequired").asBoolean(false),
				t.path("basis").asString(null), t.get("fields"), t, NOTE, problems);
		if (!read.problems().isEmpty()) {
			throw new IllegalStateException("标准文书模板 " + code + " 无法读取：" + read.problems());
		}
		return read.draft();
	}

	private static String read(String name) {
		try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("找不到标准文书模板 " + FOLDER + name, ex);
		}
	}

}
