package org.sanxiang.documents;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A document refused for missing mandatory fields, as an RFC 9457 problem: 422, every
 * missing field by label in {@code detail} and in {@code missing}, and by name in
 * {@code errors}. Other problems stay with the platform's ApiProblems.
 */
@RestControllerAdvice(assignableTypes = DocumentsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentProblems {

	@ExceptionHandler(MissingFields.class)
	ResponseEntity<ProblemDetail> missing(MissingFields ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.firstMessage());
		problem.setTitle("缺少必填项");
		problem.setType(URI.create("urn:sanxiang:problem:missing-fields"));
		problem.setProperty("missing", ex.labels());
		problem.setProperty("errors", ex.errors());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

}
