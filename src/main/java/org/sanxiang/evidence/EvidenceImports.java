package org.sanxiang.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * A file that is already whole — imported from a recorder's dock, or the demo data's —
 * kept exactly as an upload keeps it: the same checks of its metadata and type, the same
 * SHA-256 and SM3, the same {@link EvidenceAdded} in the journal (JL-2, JL-3).
 */
@Service
public class EvidenceImports {

	private final ResumableUploads uploads;

	EvidenceImports(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	/** What is known about the file, as an upload's metadata says it. */
	public record Capture(UUID caseId, Activity activity, String capturedBy, String device, Instant start, Instant end,
			String location, String description, String fileName) {
	}

	/** Keeps {@code content} as evidence uploaded by {@code uploader}; the item kept. */
	public EvidenceItem keep(Capture capture, byte[] content, String uploader) {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("filename", capture.fileName());
		metadata.put("caseId", capture.caseId() == null ? null : capture.caseId().toString());
		metadata.put("activity", capture.activity().name());
		metadata.put("capturedBy", capture.capturedBy());
		metadata.put("device", capture.device());
		metadata.put("captureStart", capture.start().toString());
		metadata.put("captureEnd", capture.end().toString());
		metadata.put("location", capture.location());
		metadata.put("description", capture.description());
		StringJoiner header = new StringJoiner(",");
		metadata.forEach((key, value) -> {
			if (value != null) {
				header.add(key + " " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
			}
		});
		UUID id = this.uploads.create(uploader, content.length, header.toString()).id();
		try {
			return this.uploads.append(id, uploader, 0, new ByteArrayInputStream(content)).item();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
