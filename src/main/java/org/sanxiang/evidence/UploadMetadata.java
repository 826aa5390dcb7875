package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sanxiang.platform.InputRejected;

/**
 * The evidence metadata an upload carries in its tus {@code Upload-Metadata} header
 * (comma-separated {@code key base64(value)} pairs): {@code filename}, {@code caseId}
 * (optional), {@code activity} (constant or Chinese label), {@code capturedBy} (default:
 * the uploader), {@code device}, {@code captureStart}, {@code captureEnd} (ISO-8601, with
 * an offset or in Beijing time), {@code location}, {@code description}, and optional
 * {@code sha256} / {@code sm3} the client computed (checked at completion, 422 when they
 * differ).
 */
record UploadMetadata(UUID caseId, Activity activity, String capturedBy, String device, Instant captureStart,
		Instant captureEnd, String location, String description, String fileName, String declaredSha256,
		String declaredSm3) {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

	/** Clock drift of a phone that is still believed. */
	private static final Duration SKEW = Duration.ofMinutes(10);

	static UploadMetadata parse(String header, String uploader, Clock clock) {
		Map<String, byte[]> raw = new HashMap<>();
		List<InputRejected.FieldError> errors = new ArrayList<>();
		if (header != null && !header.isBlank()) {
			for (String pair : header.split(",")) {
				String p = pair.strip();
				if (p.isEmpty()) {
					continue;
				}
				int space = p.indexOf(' ');
				String key = (space < 0) ? p : p.substring(0, space);
				try {
					raw.put(key,
							(space < 0) ? new byte[0] : Base64.getDecoder().decode(p.substring(space + 1).strip()));
				}
				catch (IllegalArgumentException ex) {
					errors.add(new InputRejected.FieldError(key, "元数据不是有效的 Base64 编码"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		String fileName = FileNames.fromBytes(raw.getOrDefault("filename", new byte[0]));
		UUID caseId = null;
		String caseText = text(raw, "caseId");
		if (caseText != null) {
			try {
				caseId = UUID.fromString(caseText);
			}
			catch (IllegalArgumentException ex) {
				errors.add(new InputRejected.FieldError("caseId", "案件编号格式不正确"));
			}
		}
		Activity activity = Activity.parse(text(raw, "activity")).orElse(null);
		if (activity == null) {
			errors.add(new InputRejected.FieldError("activity", "请选择执法活动类型（现场检查、随机抽查、调查取证、证据保全、听证、送达或其他）"));
		}
		String capturedBy = limited(text(raw, "capturedBy"), 100, "capturedBy", "采集人", errors);
		if (capturedBy == null) {
			capturedBy = uploader;
		}
		String device = limited(text(raw, "device"), 200, "device", "采集设备", errors);
		if (device == null) {
			errors.add(new InputRejected.FieldError("device", "请填写采集设备（如执法记录仪编号）"));
		}
		Instant start = time(text(raw, "captureStart"), "captureStart", "采集开始时间", errors);
		Instant end = time(text(raw, "captureEnd"), "captureEnd", "采集结束时间", errors);
		String location = limited(text(raw, "location"), 200, "location", "地点", errors);
		String description = limited(text(raw, "description"), 2000, "description", "说明", errors);
		String sha256 = hash(text(raw, "sha256"), "sha256", errors);
		String sm3 = hash(text(raw, "sm3"), "sm3", errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		if (end.isBefore(start)) {
			throw InputRejected.unprocessable("captureEnd", "采集结束时间不能早于开始时间");
		}
		if (end.isAfter(clock.instant().plus(SKEW))) {
			throw InputRejected.unprocessable("captureEnd", "采集结束时间不能晚于当前时间");
		}
		return new UploadMetadata(caseId, activity, capturedBy, device, start, end, location, description, fileName,
				sha256, sm3);
	}

	private static String text(Map<String, byte[]> raw, String key) {
		byte[] bytes = raw.get(key);
		if (bytes == null) {
			return null;
		}
		String s = new String(bytes, StandardCharsets.UTF_8).strip();
		return s.isEmpty() ? null : s;
	}

	private static String limited(String value, int max, String field, String label,
			List<InputRejected.FieldError> errors) {
		if (value != null && value.length() > max) {
			errors.add(new InputRejected.FieldError(field, label + "不能超过 " + max + " 个字"));
		}
		return value;
	}

	private static Instant time(String value, String field, String label, List<InputRejected.FieldError> errors) {
		if (value == null) {
			errors.add(new InputRejected.FieldError(field, "请填写" + label));
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(value).atZone(EvidenceVault.CHINA).toInstant();
			}
			catch (DateTimeParseException ex2) {
				errors.add(new InputRejected.FieldError(field, label + "格式不正确，应为 2026-06-01T10:00"));
				return null;
			}
		}
	}

	private static String hash(String value, String field, List<InputRejected.FieldError> errors) {
		if (value == null) {
			return null;
		}
		String v = value.toLowerCase(Locale.ROOT);
		if (!HEX_64.matcher(v).matches()) {
			errors.add(new InputRejected.FieldError(field, "声明的 " + field.toUpperCase(Locale.ROOT) + " 应为 64 位十六进制"));
			return null;
		}
		return v;
	}

}
