package org.sanxiang.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification of a document as JSON: what its verification page shows
 * (issuer, title, number, date, party, SM3 of the PDF, status with the reason); 404 for
 * an unknown or malformed number.
 */
@RestController
@Tag(name = "文书核验", description = "公众按文号核验执法文书：发文机关、标题、成文日期、PDF 的 SM3 摘要和状态")
class PublicDocumentsApiController {

	private final JdbcIssuedDocuments documents;

	PublicDocumentsApiController(JdbcIssuedDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/public/documents/{number}")
	@Operation(summary = "按文号核验文书（无需登录）")
	JdbcIssuedDocuments.PublicDocument verify(@PathVariable String number) {
		return DocumentNumber.parse(number)
			.flatMap(n -> this.documents.publicView(n.text()))
			.orElseThrow(() -> new NotFound(DocumentVerification.NOT_FOUND));
	}

}
