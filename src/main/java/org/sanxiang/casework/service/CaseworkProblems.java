package org.sanxiang.casework.service;

import java.net.URI;
import java.util.List;

import org.sanxiang.casework.licensing.Rule;
import org.sanxiang.casework.licensing.TransitionRefused;
import org.sanxiang.platform.InputRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A refused case action as an RFC 9457 problem: 409 when the state does not allow it or
 * the legal review has not cleared the decision (SH-1), 422 when another statutory rule
 * refuses it — naming the state, the allowed actions and the rule with its article. Only
 * for the casework API; other problems stay with the platform's ApiProblems.
 */
@RestControllerAdvice(assignableTypes = { LicensingApiController.class, LicensingMaterialsApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkProblems {

	private final DataSize maxFileSize;

	CaseworkProblems(@Value("${sanxiang.materials.max-file-size:20MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	/** A material of the wrong type (415) or over the size limit (413), in Chinese. */
	@ExceptionHandler(MaterialRejected.class)
	ResponseEntity<ProblemDetail> materialRejected(MaterialRejected ex) {
		return material(HttpStatus.valueOf(ex.status()), ex.firstMessage());
	}

	/**
	 * A file over {@code spring.servlet.multipart.max-file-size}: refused while the
	 * request was read (multipart is resolved lazily so that it reaches here).
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return material(HttpStatus.CONTENT_TOO_LARGE, MaterialFiles.tooLargeMessage(this.maxFileSize));
	}

	private static ResponseEntity<ProblemDetail> material(HttpStatus status, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle(status == HttpStatus.CONTENT_TOO_LARGE ? "文件过大" : "文件格式不受支持");
		problem.setType(URI.create("urn:sanxiang:problem:material"));
		problem.setProperty("errors", List.of(new InputRejected.FieldError("file", message)));
		return ResponseEntity.status(status).body(problem);
	}

	/**
	 * 409 by state, and for a major decision the legal review has not cleared (SH-1): the
	 * request is well formed, the case's review record stands against it; 422 for any
	 * other rule.
	 */
	@ExceptionHandler(CaseActionRefused.class)
	ResponseEntity<ProblemDetail> refused(CaseActionRefused ex) {
		TransitionRefused r = ex.refusal();
		boolean unreviewed = r.rule() == Rule.SH_1;
		HttpStatus status = r.byState() || unreviewed ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, r.message());
		problem.setTitle(r.byState() ? "当前状态不允许此操作" : unreviewed ? "未经法制审核或者审核未通过" : "不符合法定规则");
		problem.setType(URI.create("urn:sanxiang:problem:" + (r.byState() ? "state" : "rule")));
		problem.setProperty("state", r.state());
		problem.setProperty("action", LicensingAction.pathOf(r.action()));
		problem.setProperty("allowed", r.allowed().stream().map(LicensingAction::pathOf).toList());
		if (!r.byState()) {
			problem.setProperty("rule", r.rule().id());
			problem.setProperty("article", r.article());
		}
		problem.setProperty("errors", List.of(new InputRejected.FieldError("action", r.reason())));
		return ResponseEntity.status(status).body(problem);
	}

	/** Too many progress lookups from one address (issue 4 item 9). */
	@ExceptionHandler(OnlineApplicationRateLimiter.TooManyLookups.class)
	ResponseEntity<ProblemDetail> tooManyLookups(OnlineApplicationRateLimiter.TooManyLookups ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setTitle("查询过于频繁");
		problem.setType(URI.create("urn:sanxiang:problem:rate-limit"));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(problem);
	}

}
