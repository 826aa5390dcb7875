package org.sanxiang.evidence;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.sanxiang.platform.NotFound;

import org.sanxiang.platform.InputRejected;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence for staff: lists, content with HTTP Range (seekable playback), custody records
 * of exports and shares, deletion after retention (负责人), and verification of the stored
 * files (管理员, 督查).
 */
@RestController
@RequestMapping("/api/v1/evidence")
class EvidenceApiController {

	private final EvidenceVault vault;

	EvidenceApiController(EvidenceVault vault) {
		this.vault = vault;
	}

	record Handover(String recipient, String purpose) {
	}

	record Deletion(String reason) {
	}

	@GetMapping
	List<EvidenceItem> list(@RequestParam(required = false) UUID caseId,
			@RequestParam(required = false) Activity activity) {
		if (caseId == null) {
			return this.vault.latest(100);
		}
		return (activity == null) ? this.vault.historyOf(caseId) : this.vault.itemsOf(caseId, activity);
	}

	@GetMapping("/{id}")
	EvidenceItem item(@PathVariable UUID id) {
		return this.vault.item(id).orElseThrow(() -> new NotFound("证据不存在"));
	}

	/**
	 * The content, inline for playback or as an attachment ({@code download=true}). A
	 * playback is journaled once, at its first request (no Range, or a range from byte
	 * 0); the further ranges a player asks for while seeking are not new views.
	 */
	@GetMapping("/{id}/content")
	ResponseEntity<Resource> content(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean download,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range, Principal principal) {
		EvidenceVault.Access access = download ? EvidenceVault.Access.DOWNLOAD
				: fromStart(range) ? EvidenceVault.Access.VIEW : EvidenceVault.Access.CONTINUED;
		EvidenceVault.Content content = this.vault.open(id, principal.getName(), access);
		ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(content.item().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.item().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			// served content never runs as a page of this site
			.header("Content-Security-Policy", "sandbox; default-src 'none'; media-src 'self'; img-src 'self'")
			.body(content.resource());
	}

	@PostMapping("/{id}/shares")
	ResponseEntity<Void> shared(@PathVariable UUID id, @RequestBody Handover handover, Principal principal) {
		this.vault.shared(id, principal.getName(), handover.recipient(), handover.purpose());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/exports")
	ResponseEntity<Void> exported(@PathVariable UUID id, @RequestBody Handover handover, Principal principal) {
		this.vault.exported(id, principal.getName(), handover.purpose());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('DIRECTOR')")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestBody(required = false) Deletion deletion,
			Principal principal) {
		this.vault.delete(id, principal.getName(), deletion == null ? null : deletion.reason());
		return ResponseEntity.noContent().build();
	}

	/** 免于音像记录: the case, the activity and the reason (JL-5). */
	record ExemptionRequest(UUID caseId, Activity activity, String reason) {
	}

	record ExemptionView(String id) {
	}

	@PostMapping("/exemptions")
	@PreAuthorize("hasRole('DIRECTOR')")
	@io.swagger.v3.oas.annotations.Operation(summary = "负责人批准免于音像记录（JL-5）",
			description = "某一案件的某项活动（如现场检查、听证、留置送达、公告送达）因设备故障、涉及国家秘密或商业秘密、个人隐私、紧急情况等未能音像记录"
					+ "或全程记录中断时，由负责人填写理由并批准；批准后该活动可不附音像记录或不经全程覆盖核对办结（JL-4、JL-5）。" + "仅负责人可用；理由必填；批准记入全过程记录，不可修改。")
	ResponseEntity<ExemptionView> approveExemption(@RequestBody ExemptionRequest request, Principal principal) {
		if (request == null) {
			throw InputRejected.invalid("reason", "请填写免于音像记录的理由");
		}
		UUID id = this.vault.approveRecordingExemption(request.caseId(), request.activity(), request.reason(),
				principal.getName());
		return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
			.body(new ExemptionView(id.toString()));
	}

	@PostMapping("/verify")
	EvidenceVault.Verification verify() {
		return this.vault.verify();
	}

	private static boolean fromStart(String range) {
		if (range == null) {
			return true;
		}
		try {
			List<HttpRange> ranges = HttpRange.parseRanges(range);
			return ranges.size() == 1 && ranges.get(0).getRangeStart(Long.MAX_VALUE) == 0;
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

}
