package org.sanxiang.review;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused review command as an RFC 9457 problem: 409 when the records stand against it,
 * 422 when the input breaks the rule — naming the rule and its source, with every field
 * at fault in {@code errors}. Other problems stay with the platform's ApiProblems.
 */
@RestControllerAdvice(assignableTypes = ReviewApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewProblems {

	@ExceptionHandler(ReviewRefused.class)
	ResponseEntity<ProblemDetail> refused(ReviewRefused ex) {
		Refusal r = ex.refusal();
		HttpStatus status = r.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, r.message());
		problem.setTitle(r.conflict() ? "与法制审核记录冲突" : "不符合法制审核规则");
		problem.setType(URI.create("urn:sanxiang:problem:review"));
		problem.setProperty("rule", r.rule().id());
		problem.setProperty("article", r.rule().article());
		problem.setProperty("errors", r.errors());
		return ResponseEntity.status(status).body(problem);
	}

}
