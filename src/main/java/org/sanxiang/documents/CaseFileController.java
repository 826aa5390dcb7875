package org.sanxiang.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The electronic case file of an archived case: the PDF, and the package (ZIP) with the
 * documents, the evidence files, the journal's record and the manifest of hashes and
 * proofs. For the staff who may read the case's evidence (as its {@code GET}): 执法人员,
 * 窗口人员, 负责人, 法制审核人员 and 督查; every hand-over is journaled. 404 for an unknown case, 409
 * for one not archived.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
@PreAuthorize("hasAnyRole('OFFICER', 'CLERK', 'DIRECTOR', 'REVIEWER', 'SUPERVISOR')")
class CaseFileController {

	private final CaseFilePackage files;

	CaseFileController(CaseFilePackage files) {
		this.files = files;
	}

	@GetMapping("/case-file.pdf")
	@io.swagger.v3.oas.annotations.Operation(summary = "电子案卷（PDF）",
			description = "已归档案件的电子案卷：封面、卷内目录（页号为本文件中各件的起始页）、文书、证据清单（含SM3、SHA-256）和备考表。下载记入全过程记录。")
	ResponseEntity<byte[]> pdf(@PathVariable UUID caseId, Principal principal) {
		CaseFileBook.Stored stored = this.files.pdf(caseId, principal.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("电子案卷-" + this.files.caseNumber(caseId) + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("Digest-SM3", stored.sm3())
			.body(stored.pdf());
	}

	@GetMapping("/case-file.zip")
	@io.swagger.v3.oas.annotations.Operation(summary = "案卷包（ZIP）",
			description = "电子案卷PDF、各文书PDF、各证据文件、本案全过程记录导出（含包含证明和签名树头）及 manifest.json（每个文件的SM3、证据的SHA-256，"
					+ "以及文书、证据、电子案卷的存入记录和包含证明）。证据文件以流式写出。每件证据的导出、案卷包的导出均记入全过程记录。")
	void zip(@PathVariable UUID caseId, Principal principal, HttpServletResponse response) throws IOException {
		CaseFilePackage.Prepared prepared = this.files.prepare(caseId, principal.getName());
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("案卷包-" + prepared.caseNumber() + ".zip", StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		this.files.write(prepared, response.getOutputStream());
	}

}
