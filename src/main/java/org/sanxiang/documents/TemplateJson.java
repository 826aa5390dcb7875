package org.sanxiang.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.platform.InputRejected.FieldError;

/**
 * Templates as JSON, the form they are stored, seeded and edited in. A field is
 * {@code {"name": "applicantName", "label": "申请人", "mandatory": true, "source":
 * "case:applicant.name"}}; a block of the 正文 is one of
 * <ul>
 * <li>{@code {"paragraph": "…"}} and {@code {"heading": "…"}},</li>
 * <li>{@code {"field": "申请人", "value": "${applicantName}"}},</li>
 * <li>{@code {"table": ["项目", "内容"], "rows": [["…", "…"]]}},</li>
 * <li>{@code {"signature": ["受送达人（签名）", "签收日期"]}}.</li>
 * </ul>
 * Reading collects every problem it meets, in Chinese, and goes on with what it could
 * read, so a person editing a template sees all of them at once.
 */
final class TemplateJson {

	static final String FIELDS = "fields";

	static final String LAYOUT = "layout";

	private static final JsonMapper JSON = JsonMapper.shared();

	private TemplateJson() {
	}

	/** The addressee and body of a template. */
	record Layout(String addressee, List<PrintedDocument.Block> body) {
	}

	/** A submitted template as far as it could be read, and what was wrong with it. */
	record Read(TemplateDraft draft, List<FieldError> problems) {

		Read {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * A template submitted in parts: the fields and the layout as JSON trees
	 * ({@code null} when they could not be read, with the reason already in
	 * {@code problems}).
	 */
	static Read draft(String code, String title, String series, boolean remediesRequired, String basis, JsonNode fields,
			JsonNode layout, String note, List<FieldError> problems) {
		List<FieldError> all = new ArrayList<>(problems);
		List<TemplateField> declared = fields(fields, all);
		Layout read = layout(layout, all);
		return new Read(new TemplateDraft(code, title, series, remediesRequired, blankToNull(basis), declared,
				read.addressee(), read.body(), note == null ? null : note.strip()), all);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	// --- reading ---

	/** Parses text typed into a form; a syntax error is a problem, not an exception. */
	static JsonNode tree(String text, String field, String what, List<FieldError> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldError(field, what + "不能为空"));
			return null;
		}
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			String at = ex.getLocation() == null ? ""
					: "（第 " + ex.getLocation().getLineNr() + " 行第 " + ex.getLocation().getColumnNr() + " 列附近有误）";
			problems.add(new FieldError(field, what + "不是有效的 JSON" + at + "，请检查引号、逗号和括号"));
			return null;
		}
	}

	static List<TemplateField> fields(JsonNode node, List<FieldError> problems) {
		List<TemplateField> fields = new ArrayList<>();
		if (node == null) {
			return fields;
		}
		if (!node.isArray()) {
			problems.add(new FieldError(FIELDS, "字段应为数组，每项一个字段"));
			return fields;
		}
		int i = 0;
		for (JsonNode f : node.values()) {
			i++;
			String where = "第 " + i + " 个字段";
			if (!f.isObject()) {
				problems.add(new FieldError(FIELDS, where + "应为对象，含 name、label、mandatory、source"));
				continue;
			}
			String name = text(f, "name", where, FIELDS, problems);
			String label = text(f, "label", where, FIELDS, problems);
			String source = text(f, "source", where, FIELDS, problems);
			JsonNode mandatory = f.get("mandatory");
			if (mandatory != null && !mandatory.isBoolean() && !mandatory.isNull()) {
				problems.add(new FieldError(FIELDS, where + "的 mandatory 应为 true 或 false"));
			}
			if (name != null && label != null && source != null) {
				fields.add(new TemplateField(name.strip(), label.strip(),
						mandatory != null && mandatory.isBoolean() && mandatory.booleanValue(), source.strip()));
			}
		}
		return fields;
	}

	static Layout layout(JsonNode node, List<FieldError> problems) {
		if (node == null) {
			return new Layout(null, List.of());
		}
		if (!node.isObject()) {
			problems.add(new FieldError(LAYOUT, "版式应为对象，含 addressee（主送，可省略）和 body（正文）"));
			return new Layout(null, List.of());
		}
		JsonNode to = node.get("addressee");
		String addressee = null;
		if (to != null && !to.isNull()) {
			if (to.isString()) {
				addressee = to.stringValue();
			}
			else {
				problems.add(new FieldError(LAYOUT, "主送（addressee）应为文字"));
			}
		}
		return new Layout(addressee, body(node.get("body"), problems));
	}

	static List<PrintedDocument.Block> body(JsonNode node, List<FieldError> problems) {
		List<PrintedDocument.Block> blocks = new ArrayList<>();
		if (node == null || !node.isArray()) {
			problems.add(new FieldError(LAYOUT, "正文（body）应为数组，每项一个段落、标题、字段、表格或签名栏"));
			return blocks;
		}
		int i = 0;
		for (JsonNode b : node.values()) {
			i++;
			String where = "正文第 " + i + " 块";
			PrintedDocument.Block block = block(b, where, problems);
			if (block != null) {
				blocks.add(block);
			}
		}
		return blocks;
	}

	private static PrintedDocument.Block block(JsonNode b, String where, List<FieldError> problems) {
		if (b == null || !b.isObject()) {
			problems.add(new FieldError(LAYOUT, where + "应为对象，如 {\"paragraph\": \"……\"}"));
			return null;
		}
		if (b.has("paragraph")) {
			String text = text(b, "paragraph", where, LAYOUT, problems);
			return text == null ? null : new PrintedDocument.Paragraph(text);
		}
		if (b.has("heading")) {
			String text = text(b, "heading", where, LAYOUT, problems);
			return text == null ? null : new PrintedDocument.Heading(text);
		}
		if (b.has("field")) {
			String label = text(b, "field", where, LAYOUT, problems);
			JsonNode value = b.get("value");
			if (value != null && !value.isNull() && !value.isString()) {
				problems.add(new FieldError(LAYOUT, where + "的 value 应为文字"));
				return null;
			}
			return label == null ? null
					: new PrintedDocument.Field(label, value == null || value.isNull() ? null : value.stringValue());
		}
		if (b.has("table")) {
			List<String> header = strings(b.get("table"), where + "的表头（table）", problems);
			JsonNode rowsNode = b.get("rows");
			List<List<String>> rows = new ArrayList<>();
			if (rowsNode == null || !rowsNode.isArray()) {
				problems.add(new FieldError(LAYOUT, where + "的 rows 应为数组，每行一个文字数组"));
				return null;
			}
			int r = 0;
			for (JsonNode row : rowsNode.values()) {
				r++;
				List<String> cells = strings(row, where + "第 " + r + " 行", problems);
				if (cells == null) {
					return null;
				}
				if (header != null && cells.size() != header.size()) {
					problems.add(new FieldError(LAYOUT,
							where + "第 " + r + " 行有 " + cells.size() + " 格，表头有 " + header.size() + " 列"));
				}
				rows.add(cells);
			}
			return header == null ? null : new PrintedDocument.Table(header, rows);
		}
		if (b.has("signature")) {
			List<String> labels = strings(b.get("signature"), where + "的签名栏（signature）", problems);
			return labels == null ? null : new PrintedDocument.Signature(labels);
		}
		problems.add(new FieldError(LAYOUT, where + "的类型无法识别：应为 paragraph、heading、field、table 或 signature 之一"));
		return null;
	}

	private static String text(JsonNode node, String property, String where, String field, List<FieldError> problems) {
		JsonNode value = node.get(property);
		if (value == null || value.isNull()) {
			problems.add(new FieldError(field, where + "缺少 " + property));
			return null;
		}
		if (!value.isString()) {
			problems.add(new FieldError(field, where + "的 " + property + " 应为文字"));
			return null;
		}
		return value.stringValue();
	}

	private static List<String> strings(JsonNode node, String what, List<FieldError> problems) {
		if (node == null || !node.isArray()) {
			problems.add(new FieldError(LAYOUT, what + "应为文字数组"));
			return null;
		}
		List<String> strings = new ArrayList<>();
		for (JsonNode s : node.values()) {
			if (!s.isString()) {
				problems.add(new FieldError(LAYOUT, what + "只能含文字"));
				return null;
			}
			strings.add(s.stringValue());
		}
		return strings;
	}

	// --- writing ---

	static ArrayNode fieldsNode(List<TemplateField> fields) {
		ArrayNode array = JSON.createArrayNode();
		for (TemplateField f : fields) {
			array.addObject()
				.put("name", f.name())
				.put("label", f.label())
				.put("mandatory", f.mandatory())
				.put("source", f.source());
		}
		return array;
	}

	static ObjectNode layoutNode(String addressee, List<PrintedDocument.Block> body) {
		ObjectNode layout = JSON.createObjectNode();
		if (addressee != null) {
			layout.put("addressee", addressee);
		}
		layout.set("body", bodyNode(body));
		return layout;
	}

	static ArrayNode bodyNode(List<PrintedDocument.Block> body) {
		ArrayNode array = JSON.createArrayNode();
		for (PrintedDocument.Block block : body) {
			ObjectNode b = array.addObject();
			if (block instanceof PrintedDocument.Paragraph p) {
				b.put("paragraph", p.text());
			}
			else if (block instanceof PrintedDocument.Heading h) {
				b.put("heading", h.text());
			}
			else if (block instanceof PrintedDocument.Field f) {
				b.put("field", f.label());
				if (f.value() != null) {
					b.put("value", f.value());
				}
			}
			else if (block instanceof PrintedDocument.Table t) {
				ArrayNode header = b.putArray("table");
				t.header().forEach(header::add);
				ArrayNode rows = b.putArray("rows");
				for (List<String> row : t.rows()) {
					ArrayNode cells = rows.addArray();
					row.forEach(cells::add);
				}
			}
			else if (block instanceof PrintedDocument.Signature s) {
				ArrayNode labels = b.putArray("signature");
				s.labels().forEach(labels::add);
			}
		}
		return array;
	}

	/** Compact JSON, as stored. */
	static String write(JsonNode node) {
		return JSON.writeValueAsString(node);
	}

	/**
	 * JSON for a person to edit: an array with one element per line, an object with one
	 * property per line and its arrays as above.
	 */
	static String pretty(JsonNode node) {
		return pretty(node, "");
	}

	private static String pretty(JsonNode node, String indent) {
		if (node.isArray() && !node.isEmpty() && node.values().stream().anyMatch(JsonNode::isContainer)) {
			List<String> items = new ArrayList<>();
			node.values().forEach(item -> items.add(indent + "  " + JSON.writeValueAsString(item)));
			return "[\n" + String.join(",\n", items) + "\n" + indent + "]";
		}
		if (node.isObject()) {
			List<String> items = new ArrayList<>();
			for (Map.Entry<String, JsonNode> e : node.properties()) {
				items.add(indent + "  " + JSON.writeValueAsString(e.getKey()) + ": "
						+ pretty(e.getValue(), indent + "  "));
			}
			return "{\n" + String.join(",\n", items) + "\n" + indent + "}";
		}
		return JSON.writeValueAsString(node);
	}

}
