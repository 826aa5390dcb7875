package org.sanxiang.evidence;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the evidence module.
 * <ul>
 * <li>{@code sanxiang.evidence.max-size} (default 4GB): the largest file accepted.</li>
 * <li>{@code sanxiang.evidence.allowed-types}: media types accepted after detection from
 * the content ({@code audio/*}, {@code video/*}, JPEG, PNG, PDF).</li>
 * <li>{@code sanxiang.evidence.retention.case} (default {@code P30Y}) and
 * {@code sanxiang.evidence.retention.other} (default {@code P6M}), and per activity
 * {@code sanxiang.evidence.retention.SITE_INSPECTION=…}: how long evidence is kept. No
 * national number exists (RULES.md JL-6, "to verify"): audio/video used as evidence is
 * archived with the case file and keeps its retention — 30 years is the usual 定期 term of
 * 文书档案 and a setting, not a rule; local rules keep recordings not used as evidence at
 * least six months. An agency that keeps them 永久 sets e.g. {@code P999Y}.</li>
 * <li>{@code sanxiang.evidence.upload-dir}: where partial uploads are kept (default
 * {@code uploads} under the blob store, the same file system so completion is a
 * rename).</li>
 * <li>{@code sanxiang.evidence.upload-chunk-size} (default 8MB): how much the console
 * page sends in one request. A dropped connection costs at most the part of one chunk not
 * yet received; smaller chunks suit weaker connections, larger ones fewer requests.</li>
 * </ul>
 */
@Component
class EvidenceSettings {

	private final long maxSize;

	private final List<String> allowedTypes;

	private final Period caseRetention;

	private final Period otherRetention;

	private final Map<Activity, Period> perActivity = new EnumMap<>(Activity.class);

	private final String uploadDir;

	private final long chunkSize;

	EvidenceSettings(Environment env) {
		this.maxSize = DataSize.parse(env.getProperty("sanxiang.evidence.max-size", "4GB")).toBytes();
		this.allowedTypes = List.of(env
			.getProperty("sanxiang.evidence.allowed-types", "audio/*,video/*,image/jpeg,image/png,application/pdf")
			.split("\\s*,\\s*"));
		this.caseRetention = Period.parse(env.getProperty("sanxiang.evidence.retention.case", "P30Y"));
		this.otherRetention = Period.parse(env.getProperty("sanxiang.evidence.retention.other", "P6M"));
		for (Activity activity : Activity.values()) {
			String p = env.getProperty("sanxiang.evidence.retention." + activity.name());
			if (p != null && !p.isBlank()) {
				this.perActivity.put(activity, Period.parse(p.strip()));
			}
		}
		this.uploadDir = env.getProperty("sanxiang.evidence.upload-dir", "");
		this.chunkSize = DataSize.parse(env.getProperty("sanxiang.evidence.upload-chunk-size", "8MB")).toBytes();
		if (this.chunkSize <= 0) {
			throw new IllegalStateException("sanxiang.evidence.upload-chunk-size must be positive");
		}
	}

	long maxSize() {
		return this.maxSize;
	}

	boolean allowed(String mediaType) {
		return this.allowedTypes.stream()
			.anyMatch(
					a -> a.endsWith("/*") ? mediaType.startsWith(a.substring(0, a.length() - 1)) : a.equals(mediaType));
	}

	/** How long an item of this activity is kept, in or outside a case. */
	Period retention(Activity activity, boolean inCase) {
		Period p = this.perActivity.get(activity);
		if (p != null) {
			return p;
		}
		return inCase ? this.caseRetention : this.otherRetention;
	}

	String uploadDir() {
		return this.uploadDir;
	}

	long chunkSize() {
		return this.chunkSize;
	}

}
