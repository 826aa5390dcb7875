package org.sanxiang.evidence;

import java.net.URI;
import java.util.List;

import org.sanxiang.platform.InputRejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 bodies for the refusals only evidence has: too large (413) and not an allowed
 * type (415), shaped like the platform's (field + Chinese message).
 */
@RestControllerAdvice(assignableTypes = { UploadApiController.class, EvidenceApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

	@ExceptionHandler(EvidenceRefused.class)
	ResponseEntity<ProblemDetail> refused(EvidenceRefused ex) {
		HttpStatus status = HttpStatus.valueOf(ex.status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? "文件过大" : "不支持的文件类型");
		problem.setType(URI.create(
				"urn:sanxiang:problem:" + (status == HttpStatus.PAYLOAD_TOO_LARGE ? "too-large" : "unsupported-type")));
		problem.setProperty("errors", List.of(new InputRejected.FieldError(ex.field(), ex.getMessage())));
		return ResponseEntity.status(status).header("Tus-Resumable", UploadApiController.TUS_VERSION).body(problem);
	}

}
