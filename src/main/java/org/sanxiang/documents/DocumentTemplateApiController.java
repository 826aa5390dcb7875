package org.sanxiang.documents;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 执法文书模板 over REST: the templates with their versions, a new version (管理员; refused as a
 * whole with a 422 problem listing every problem, nothing saved) and previews as PDF with
 * the watermark 预览 (no number taken, nothing stored). Staff read; 管理员 write
 * (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/v1/document-templates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "执法文书模板", description = "标准执法文书模板（WS-2）及其版本：字段（名称、是否必填、数据来源）、主送与正文版式、修改（保存为新版本）与 PDF 预览")
class DocumentTemplateApiController {

	private final JdbcDocumentTemplates templates;

	private final TemplatePreviews previews;

	DocumentTemplateApiController(JdbcDocumentTemplates templates, TemplatePreviews previews) {
		this.templates = templates;
		this.previews = previews;
	}

	/** One version in brief. */
	record VersionSummary(String code, int version, String title, String series, boolean remediesRequired,
			boolean current, String createdBy, Instant createdAt, String note) {

		static VersionSummary of(TemplateVersion v) {
			DocumentTemplate t = v.template();
			return new VersionSummary(t.code(), t.version(), t.title(), t.series(), t.remediesRequired(), v.current(),
					v.createdBy(), v.createdAt(), v.note());
		}

	}

	/** One version in full, in the JSON a new version is posted in. */
	record VersionView(String code, int version, String title, String series, boolean remediesRequired, boolean current,
			String basis, List<TemplateField> fields, String addressee,
			@Schema(description = "正文，每块一个对象：{\"paragraph\"}、{\"heading\"}、{\"field\", \"value\"}、{\"table\", \"rows\"}、{\"signature\"}") JsonNode body,
			String createdBy, Instant createdAt, String note) {

		static VersionView of(TemplateVersion v) {
			DocumentTemplate t = v.template();
			return new VersionView(t.code(), t.version(), t.title(), t.series(), t.remediesRequired(), v.current(),
					v.basis(), t.fields(), t.addressee(), TemplateJson.bodyNode(t.body()), v.createdBy(), v.createdAt(),
					v.note());
		}

	}

	/**
	 * A template with its current version and the summary of every version, newest first.
	 */
	record TemplateView(VersionView current, List<VersionSummary> versions) {
	}

	/**
	 * The next version of a template as an administrator submits it.
	 *
	 * @param fields the declared fields, each {@code {"name", "label", "mandatory",
	 * "source"}}; source {@code case:<key>} (see {@code /case-keys}),
	 * {@code system:number|issuedOn|issuer} or {@code input}
	 * @param body the 正文 blocks, as in {@link VersionView#body()}
	 * @param note 变更说明 (required)
	 */
	record VersionRequest(String title, String series, Boolean remediesRequired, String basis, @Schema(
			description = "字段数组：[{\"name\": \"applicantName\", \"label\": \"申请人\", \"mandatory\": true, \"source\": \"case:applicant.name\"}]") JsonNode fields,
			String addressee,
			@Schema(description = "正文数组：[{\"paragraph\": \"你（单位）于${receivedOn}提出的……\"}, {\"field\": \"申请人\", \"value\": \"${applicantName}\"}]") JsonNode body,
			String note) {

		TemplateJson.Read read(String code) {
			List<FieldError> problems = new ArrayList<>();
			if (this.fields == null || this.fields.isNull()) {
				problems.add(new FieldError(TemplateJson.FIELDS, "请提供字段（fields）"));
			}
			ObjectNode layout = JsonMapper.shared().createObjectNode();
			if (this.addressee != null) {
				layout.put("addressee", this.addressee);
			}
			if (this.body != null) {
				layout.set("body", this.body);
			}
			return TemplateJson.draft(code, this.title, this.series, Boolean.TRUE.equals(this.remediesRequired),
					this.basis, this.fields, layout, this.note, problems);
		}

	}

	/** A key a field may name after {@code case:}, and what it holds. */
	record CaseKey(String key, String meaning) {
	}

	@GetMapping
	@Operation(summary = "模板列表：每种文书的当前版本，按标准文书顺序")
	List<VersionSummary> list() {
		return this.templates.currentVersions().stream().map(VersionSummary::of).toList();
	}

	@GetMapping("/case-keys")
	@Operation(summary = "办件可提供的数据项（字段来源 case:数据项），不含身份证件号码")
	List<CaseKey> caseKeys() {
		return CaseFieldValues.KEYS.entrySet().stream().map(e -> new CaseKey(e.getKey(), e.getValue())).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "一种模板：当前版本全文及历次版本（保存人、时间、变更说明）")
	TemplateView template(@PathVariable String code) {
		TemplateVersion current = this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		return new TemplateView(VersionView.of(current),
				this.templates.history(code).stream().map(VersionSummary::of).toList());
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "模板的某一版本全文（已签发的文书按其所用版本查阅）")
	VersionView version(@PathVariable String code, @PathVariable int version) {
		return this.templates.find(code, version)
			.map(VersionView::of)
			.orElseThrow(() -> new NotFound("文书模板 " + code + " 没有第 " + version + " 版"));
	}

	@PostMapping(path = "/{code}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "保存为新版本（管理员）：不修改已有版本；引用未声明字段、未知数据项、代字不合规等一律 422，列出全部问题，不保存")
	ResponseEntity<VersionView> save(@PathVariable String code, @RequestBody VersionRequest request,
			Authentication by) {
		TemplateVersion saved = this.templates.save(request.read(code), by.getName());
		return ResponseEntity
			.created(URI.create("/api/v1/document-templates/" + code + "/versions/" + saved.template().version()))
			.body(VersionView.of(saved));
	}

	@GetMapping(path = "/{code}/versions/{version}/preview", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "预览某一版本（PDF，示例数据，带“预览”水印，不编号、不保存）")
	ResponseEntity<byte[]> preview(@PathVariable String code, @PathVariable int version) {
		TemplateVersion v = this.templates.find(code, version)
			.orElseThrow(() -> new NotFound("文书模板 " + code + " 没有第 " + version + " 版"));
		return pdf(code + "-v" + version, this.previews.pdf(v.template()));
	}

	@PostMapping(path = "/{code}/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "预览未保存的修改（PDF，管理员）：先按保存的规则检查，有问题则 422 列出，不保存")
	ResponseEntity<byte[]> previewDraft(@PathVariable String code, @RequestBody VersionRequest request) {
		this.templates.currentVersion(code).orElseThrow(() -> missing(code));
		TemplateJson.Read read = request.read(code);
		List<FieldError> problems = new ArrayList<>(read.problems());
		problems.addAll(TemplatePolicy.problems(withNote(read.draft()), CaseFieldValues.known()));
		if (!problems.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, problems);
		}
		return pdf(code + "-draft", this.previews.pdf(read.draft().template(0)));
	}

	/** A preview needs no change note: it saves nothing. */
	static TemplateDraft withNote(TemplateDraft d) {
		String note = d.note() == null || d.note().isBlank() ? "预览" : d.note();
		return new TemplateDraft(d.code(), d.title(), d.series(), d.remediesRequired(), d.basis(), d.fields(),
				d.addressee(), d.body(), note);
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
