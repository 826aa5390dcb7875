package org.sanxiang.evidence;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Resumable evidence upload, the core of the tus 1.0 protocol with its Creation and
 * Termination extensions (https://tus.io/protocols/resumable-upload): {@code POST}
 * creates an upload with {@code Upload-Length} and the evidence metadata in
 * {@code Upload-Metadata}, {@code HEAD} tells the durable {@code Upload-Offset},
 * {@code PATCH} ({@code application/offset+octet-stream}) appends from that offset, and
 * {@code DELETE} ends it. The last {@code PATCH} stores the evidence and answers its id
 * in {@code Evidence-Id}; a {@code HEAD} after it answers the full offset and the same
 * id, for a client that lost the answer to its last chunk.
 */
@RestController
@RequestMapping("/api/v1/evidence/uploads")
class UploadApiController {

	static final String TUS_VERSION = "1.0.0";

	static final String OFFSET_STREAM = "application/offset+octet-stream";

	private final ResumableUploads uploads;

	UploadApiController(ResumableUploads uploads) {
		this.uploads = uploads;
	}

	@RequestMapping(method = RequestMethod.OPTIONS)
	ResponseEntity<Void> options() {
		return ResponseEntity.noContent()
			.header("Tus-Resumable", TUS_VERSION)
			.header("Tus-Version", TUS_VERSION)
			.header("Tus-Extension", "creation,termination")
			.header("Tus-Max-Size", Long.toString(this.uploads.maxSize()))
			.build();
	}

	@PostMapping
	ResponseEntity<Void> create(@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@RequestHeader(name = "Upload-Length", required = false) String length,
			@RequestHeader(name = "Upload-Metadata", required = false) String metadata, Principal principal) {
		ResponseEntity<Void> refused = unsupportedVersion(tus);
		if (refused != null) {
			return refused;
		}
		Uploads.Upload upload = this.uploads.create(principal.getName(), number("Upload-Length", length), metadata);
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.path("/{id}")
			.buildAndExpand(upload.id())
			.toUri();
		return ResponseEntity.created(location).header("Tus-Resumable", TUS_VERSION).build();
	}

	@RequestMapping(path = "/{id}", method = RequestMethod.HEAD)
	ResponseEntity<Void> offset(@PathVariable UUID id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus, Principal principal) {
		ResponseEntity<Void> refused = unsupportedVersion(tus);
		if (refused != null) {
			return refused;
		}
		ResumableUploads.Progress progress = this.uploads.progress(id, principal.getName());
		ResponseEntity.HeadersBuilder<?> response = ResponseEntity.ok()
			.header("Tus-Resumable", TUS_VERSION)
			.header("Upload-Offset", Long.toString(progress.offset()))
			.header("Upload-Length", Long.toString(progress.length()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (progress.item() != null) {
			response.header("Evidence-Id", progress.item().id().toString());
		}
		return response.build();
	}

	@PatchMapping(path = "/{id}", consumes = OFFSET_STREAM)
	ResponseEntity<Void> append(@PathVariable UUID id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus,
			@RequestHeader(name = "Upload-Offset", required = false) String offset, HttpServletRequest request,
			Principal principal) throws IOException {
		ResponseEntity<Void> refused = unsupportedVersion(tus);
		if (refused != null) {
			return refused;
		}
		ResumableUploads.Progress progress = this.uploads.append(id, principal.getName(),
				number("Upload-Offset", offset), request.getInputStream());
		ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent()
			.header("Tus-Resumable", TUS_VERSION)
			.header("Upload-Offset", Long.toString(progress.offset()));
		if (progress.item() != null) {
			response.header("Evidence-Id", progress.item().id().toString());
		}
		return response.build();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> terminate(@PathVariable UUID id,
			@RequestHeader(name = "Tus-Resumable", required = false) String tus, Principal principal) {
		ResponseEntity<Void> refused = unsupportedVersion(tus);
		if (refused != null) {
			return refused;
		}
		this.uploads.terminate(id, principal.getName());
		return ResponseEntity.noContent().header("Tus-Resumable", TUS_VERSION).build();
	}

	private static ResponseEntity<Void> unsupportedVersion(String tus) {
		if (TUS_VERSION.equals(tus)) {
			return null;
		}
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).header("Tus-Version", TUS_VERSION).build();
	}

	private static long number(String header, String value) {
		try {
			long n = Long.parseLong(value == null ? "" : value.strip());
			if (n >= 0) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw org.sanxiang.platform.InputRejected.invalid(header, header + " 应为非负整数");
	}

}
