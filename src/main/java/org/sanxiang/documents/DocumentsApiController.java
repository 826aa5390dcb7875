package org.sanxiang.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.platform.InputRejected;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * 执法文书 over REST: issue a document on a case from a template, preview it, list a case's
 * documents, read one and its PDF, void one. 窗口人员 and the case's 执法人员 issue, 负责人 void,
 * 法制审核人员 and 督查 read. A refusal is a 400/409/422 problem naming every field at fault
 * (missing mandatory fields by label); nothing is stored and no number is taken.
 */
@RestController
@Tag(name = "执法文书", description = "依模板制作执法文书：预览、签发（文号、PDF、SM3 摘要、全过程记录）、查阅、作废")
class DocumentsApiController {

	private final Documents documents;

	private final CaseFacts cases;

	DocumentsApiController(Documents documents, CaseFacts cases) {
		this.documents = documents;
		this.cases = cases;
	}

	/**
	 * What to issue.
	 *
	 * @param template the template's code, e.g. {@code acceptance-notice}
	 * @param inputs the values of the template's {@code input} fields, by field name;
	 * values taken from the case or set by the platform cannot be typed
	 * @param issuedOn the 成文日期, today when absent; not in the future
	 */
	record IssueRequest(String template, Map<String, String> inputs, LocalDate issuedOn) {
	}

	/** Why a document is voided. */
	record VoidRequest(String reason) {
	}

	@PostMapping("/api/v1/cases/{caseId}/documents")
	@Operation(summary = "签发文书：取号、生成 PDF、计算 SM3、存档并记入全过程记录；缺少必填项时 422 且不占用文号")
	ResponseEntity<IssuedDocument> issue(@PathVariable String caseId, @RequestBody IssueRequest request,
			Authentication authentication) {
		byHand(request.template());
		IssuedDocument issued = this.documents.issue(caseId(caseId), request.template(), request.inputs(),
				request.issuedOn(), actor(authentication));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + issued.id())).body(issued);
	}

	/**
	 * Refuses, on the paths where staff issue documents themselves, the 法制审核意见书: it is
	 * issued by the legal review when the reviewer concludes (SH-5), so a number of its
	 * series always stands for a concluded review.
	 */
	static void byHand(String template) {
		if (Documents.REVIEW_OPINION.equals(template)) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE,
					List.of(new InputRejected.FieldError("template", "法制审核意见书在法制审核人员作出审核结论时自动签发，不能单独制作")));
		}
	}

	@PostMapping(path = "/api/v1/cases/{caseId}/documents/preview", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "预览文书：不取号、不保存，PDF 带“预览 — 非正式文书”水印")
	ResponseEntity<byte[]> preview(@PathVariable String caseId, @RequestBody IssueRequest request,
			Authentication authentication) {
		byte[] pdf = this.documents.preview(caseId(caseId), request.template(), request.inputs(), request.issuedOn(),
				actor(authentication));
		return pdf(pdf, "预览.pdf");
	}

	@GetMapping("/api/v1/cases/{caseId}/documents")
	@Operation(summary = "案件的全部文书（含已作废），按签发先后")
	List<IssuedDocument> ofCase(@PathVariable String caseId) {
		CaseId id = caseId(caseId);
		if (this.cases.find(id).isEmpty()) {
			throw new NotFound("未找到该案件：" + caseId);
		}
		return this.documents.ofCase(id);
	}

	@GetMapping("/api/v1/documents/{id}")
	IssuedDocument document(@PathVariable String id) {
		return this.documents.document(documentId(id));
	}

	@GetMapping(path = "/api/v1/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "文书 PDF（与签发时逐字节一致，SM3 摘要同登记）")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		IssuedDocument document = this.documents.document(documentId(id));
		return pdf(this.documents.pdf(document.id()), fileName(document));
	}

	@PostMapping("/api/v1/documents/{id}/void")
	@Operation(summary = "作废文书（负责人）：文号保留在登记簿中，标注已作废及理由，不再使用")
	IssuedDocument voidDocument(@PathVariable String id, @RequestBody VoidRequest request,
			Authentication authentication) {
		return this.documents.voidDocument(documentId(id), request.reason(), actor(authentication));
	}

	/** The download name: number and title, e.g. 新发改许受〔2026〕1号受理通知书.pdf. */
	static String fileName(IssuedDocument document) {
		return document.number() + document.title() + ".pdf";
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	static Actor actor(Authentication authentication) {
		return StaffActors.of(authentication);
	}

	static CaseId caseId(String id) {
		try {
			return CaseId.of(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该案件：" + id);
		}
	}

	static UUID documentId(String id) {
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("未找到该文书");
		}
	}

}
