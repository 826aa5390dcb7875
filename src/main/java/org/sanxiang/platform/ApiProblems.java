package org.sanxiang.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem bodies for every REST controller under {@code /api}: the status, a
 * Chinese {@code detail}, and {@code errors} naming each rejected field. Never a stack
 * trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InputRejected.class)
	ResponseEntity<ProblemDetail> rejected(InputRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.kind().status()),
				ex.firstMessage());
		problem.setTitle(switch (ex.kind()) {
			case INVALID -> "输入格式有误";
			case CONFLICT -> "与已有数据冲突";
			case UNPROCESSABLE -> "输入不符合规则";
		});
		problem.setType(URI.create("urn:sanxiang:problem:" + ex.kind().name().toLowerCase()));
		problem.setProperty("errors", ex.errors());
		return ResponseEntity.status(ex.kind().status()).body(problem);
	}

	/**
	 * The disk (or the object store's staging disk) is full: 507 with a Chinese message.
	 * The stores delete what they had written, and the command's transaction rolls back,
	 * so nothing partial remains and the same request succeeds once space is freed. Any
	 * other I/O failure is left to the default handling.
	 */
	@ExceptionHandler({ IOException.class, UncheckedIOException.class })
	ResponseEntity<ProblemDetail> storage(Exception ex) throws Exception {
		if (!StorageFull.causes(ex)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INSUFFICIENT_STORAGE, StorageFull.MESSAGE);
		problem.setTitle("存储空间不足");
		problem.setType(URI.create("urn:sanxiang:problem:storage-full"));
		problem.setProperty("errors", List.of());
		return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(problem);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("未找到");
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
		List<InputRejected.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new InputRejected.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
			.toList();
		return rejected(new InputRejected(InputRejected.Kind.INVALID, errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return rejected(InputRejected.invalid(ex.getName(), "参数格式不正确：" + ex.getValue()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InputRejected.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new InputRejected.FieldError(e.getField(), e.getDefaultMessage()))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.isEmpty() ? "输入有误" : errors.get(0).field() + "：" + errors.get(0).message());
		problem.setTitle("输入格式有误");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Unreadable JSON, unknown enum constants, missing parameters: say so in Chinese,
		// hide internals.
		if (body instanceof ProblemDetail problem && statusCode.is4xxClientError()) {
			problem.setDetail(chineseDetail(statusCode));
			problem.setProperties(Map.of("errors", List.of()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private static String chineseDetail(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "请求内容无法识别：请检查 JSON 格式、字段类型和取值是否在允许范围内";
			case 404 -> "未找到请求的资源";
			case 405 -> "不支持该请求方法";
			case 406, 415 -> "不支持该内容类型";
			default -> "请求有误";
		};
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
