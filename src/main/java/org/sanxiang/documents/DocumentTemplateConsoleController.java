package org.sanxiang.documents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 文书模板 in the administrator's console (the path is restricted to 管理员 in the security
 * configuration): the standard set with each template's current version, a template's
 * versions with who saved them, when and why, its text as it reads, a form to save the
 * next version (fields and layout as JSON, every problem shown beside the form, nothing
 * saved until all are put right) and a PDF preview with made-up values and the watermark
 * 预览.
 */
@Controller
@RequestMapping("/console/admin/documents/templates")
class DocumentTemplateConsoleController {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final JdbcDocumentTemplates templates;

	private final TemplatePreviews previews;

	DocumentTemplateConsoleController(JdbcDocumentTemplates templates, TemplatePreviews previews) {
		this.templates = templates;
		this.previews = previews;
	}

	/** What the edit form posts; an unchecked box arrives as null. */
	record TemplateForm(String title, String series, Boolean remediesRequired, String basis, String fields,
			String layout, String note) {

		static TemplateForm of(TemplateVersion v) {
			DocumentTemplate t = v.template();
			return new TemplateForm(t.title(), t.series(), t.remediesRequired(), v.basis(),
					TemplateJson.pretty(TemplateJson.fieldsNode(t.fields())),
					TemplateJson.pretty(TemplateJson.layoutNode(t.addressee(), t.body())), "");
		}

		public boolean remedies() {
			return Boolean.TRUE.equals(this.remediesRequired);
		}

		TemplateJson.Read read(String code) {
			List<FieldError> problems = new ArrayList<>();
			return TemplateJson.draft(code, this.title, this.series, remedies(), this.basis,
					TemplateJson.tree(this.fields, TemplateJson.FIELDS, "字段", problems),
					TemplateJson.tree(this.layout, TemplateJson.LAYOUT, "版式", problems), this.note, problems);
		}

	}

	/** One template in the list. */
	record Row(int position, String code, String title, String series, int version, boolean remediesRequired,
			String savedBy, String savedAt, String note) {
	}

	/** One version in a template's history. */
	record VersionRow(int version, boolean current, String title, String savedBy, String savedAt, String note) {
	}

	/** One declared field as the page shows it. */
	record FieldRow(String name, String label, boolean mandatory, String source, String meaning) {

		public String placeholder() {
			return "${" + this.name + "}";
		}

	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = new ArrayList<>();
		int position = 0;
		for (TemplateVersion v : this.templates.currentVersions()) {
			DocumentTemplate t = v.template();
			rows.add(new Row(++position, t.code(), t.title(), t.series(), t.version(), t.remediesRequired(),
					v.createdBy(), MINUTE.format(v.createdAt()), v.note()));
		}
		model.addAttribute("templates", rows);
		return "documents/templates";
	}

	@GetMapping("/{code}")
	String template(@PathVariable String code, Model model) {
		TemplateVersion current = this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		model.addAttribute("form", TemplateForm.of(current));
		return page(current, current, Map.of(), model);
	}

	@GetMapping("/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		TemplateVersion current = this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		TemplateVersion shown = this.templates.find(code, version)
			.orElseThrow(() -> new NotFound("文书模板 " + code + " 没有第 " + version + " 版"));
		model.addAttribute("form", TemplateForm.of(current));
		return page(current, shown, Map.of(), model);
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, TemplateForm form, Authentication by, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TemplateVersion current = this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		try {
			TemplateVersion saved = this.templates.save(form.read(code), by.getName());
			redirect.addFlashAttribute("saved", "已保存为第 " + saved.template().version() + " 版，此后签发的文书使用新版本");
			return "redirect:/console/admin/documents/templates/" + code;
		}
		catch (InputRejected rejected) {
			return rejected(current, form, rejected.errors(), "未保存", model, response);
		}
	}

	/**
	 * The form as typed, drawn as a PDF; when it has problems, the page again with them
	 * (422) instead.
	 */
	@PostMapping("/{code}/preview")
	Object preview(@PathVariable String code, TemplateForm form, Model model, HttpServletResponse response) {
		TemplateVersion current = this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		TemplateJson.Read read = form.read(code);
		List<FieldError> problems = new ArrayList<>(read.problems());
		problems.addAll(
				TemplatePolicy.problems(DocumentTemplateApiController.withNote(read.draft()), CaseFieldValues.known()));
		if (!problems.isEmpty()) {
			return rejected(current, form, problems, "无法预览", model, response);
		}
		return pdf(code + "-draft", this.previews.pdf(read.draft().template(current.template().version() + 1)));
	}

	@GetMapping("/{code}/versions/{version}/preview")
	ResponseEntity<byte[]> previewVersion(@PathVariable String code, @PathVariable int version) {
		TemplateVersion v = this.templates.find(code, version)
			.orElseThrow(() -> new NotFound("文书模板 " + code + " 没有第 " + version + " 版"));
		return pdf(code + "-v" + version, this.previews.pdf(v.template()));
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "documents/template-missing";
	}

	private String rejected(TemplateVersion current, TemplateForm form, List<FieldError> problems, String outcome,
			Model model, HttpServletResponse response) {
		response.setStatus(InputRejected.Kind.UNPROCESSABLE.status());
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldError e : problems) {
			errors.computeIfAbsent(e.field(), k -> new ArrayList<>()).add(e.message());
		}
		model.addAttribute("form", form);
		model.addAttribute("outcome", outcome);
		model.addAttribute("editOpen", true);
		return page(current, current, errors, model);
	}

	private String page(TemplateVersion current, TemplateVersion shown, Map<String, List<String>> errors, Model model) {
		DocumentTemplate t = shown.template();
		model.addAttribute("code", t.code());
		model.addAttribute("current", current);
		model.addAttribute("shown", shown);
		model.addAttribute("savedAt", MINUTE.format(shown.createdAt()));
		model.addAttribute("fields",
				t.fields()
					.stream()
					.map(f -> new FieldRow(f.name(), f.label(), f.mandatory(), f.source(), meaning(f)))
					.toList());
		model.addAttribute("lines", text(t));
		model.addAttribute("versions",
				this.templates.history(t.code())
					.stream()
					.map(v -> new VersionRow(v.template().version(), v.current(), v.template().title(), v.createdBy(),
							MINUTE.format(v.createdAt()), v.note()))
					.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("caseKeys", CaseFieldValues.KEYS);
		model.addAttribute("systemKeys", TemplatePolicy.SYSTEM_KEYS);
		return "documents/template";
	}

	/** Where a field's value comes from, in words. */
	private static String meaning(TemplateField f) {
		return switch (f.kind()) {
			case CASE -> "办件：" + CaseFieldValues.KEYS.getOrDefault(f.key(), f.key());
			case SYSTEM -> "系统：" + switch (f.key()) {
				case "number" -> "文号";
				case "issuedOn" -> "成文日期";
				case "issuer" -> "发文机关";
				default -> f.key();
			};
			case INPUT -> "签发时由承办人填写";
		};
	}

	/** The template's text as it reads, placeholders shown as typed. */
	private static List<String> text(DocumentTemplate t) {
		List<String> lines = new ArrayList<>();
		if (t.addressee() != null) {
			lines.add(t.addressee() + "：");
		}
		for (PrintedDocument.Block block : t.body()) {
			if (block instanceof PrintedDocument.Table table) {
				lines.add(String.join(" ｜ ", table.header()));
				table.rows().forEach(row -> lines.add(String.join(" ｜ ", row)));
			}
			else {
				lines.addAll(block.lines());
			}
		}
		return lines;
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + "-preview.pdf").build().toString())
			.body(pdf);
	}

	private static NotFound missing(String code) {
		return new NotFound("没有编码为 " + code + " 的文书模板");
	}

}
