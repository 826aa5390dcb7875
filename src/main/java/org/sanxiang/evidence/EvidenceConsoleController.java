package org.sanxiang.evidence;

import java.security.Principal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.access.prepost.PreAuthorize;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.InputRejected;

/**
 * 证据 page of the console: a case's evidence (or the latest uploads) with playback, and
 * the resumable upload form (static/js/evidence-upload.js; without JavaScript the list
 * still reads).
 */
@Controller
class EvidenceConsoleController {

	private final EvidenceVault vault;

	private final ResumableUploads uploads;

	EvidenceConsoleController(EvidenceVault vault, ResumableUploads uploads) {
		this.vault = vault;
		this.uploads = uploads;
	}

	@GetMapping("/console/evidence")
	String page(@RequestParam(required = false) String caseId, Model model, Principal principal) {
		UUID id = null;
		if (caseId != null && !caseId.isBlank()) {
			try {
				id = UUID.fromString(caseId.strip());
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("caseProblem", "案件编号格式不正确，应为 UUID（如 1f0e…）");
			}
		}
		model.addAttribute("caseId", id);
		model.addAttribute("items", (id == null) ? this.vault.latest(50) : this.vault.historyOf(id));
		model.addAttribute("activities", Activity.values());
		model.addAttribute("maxSize", this.uploads.maxSize());
		model.addAttribute("chunkSize", this.uploads.chunkSize());
		model.addAttribute("maxSizeText", ResumableUploads.megabytes(this.uploads.maxSize()));
		model.addAttribute("user", principal.getName());
		model.addAttribute("zone", EvidenceVault.CHINA);
		return "evidence/console";
	}

	/** 免于音像记录, approved by the 负责人 who submits the form (JL-5). */
	@PostMapping("/console/evidence/exemptions")
	@PreAuthorize("hasRole('DIRECTOR')")
	String approveExemption(@RequestParam(required = false) String caseId,
			@RequestParam(required = false) String activity, @RequestParam(required = false) String reason, Model model,
			Principal principal, HttpServletResponse response) {
		try {
			UUID id = parseCase(caseId);
			Activity chosen = activity == null ? null : Activity.valueOf(activity);
			this.vault.approveRecordingExemption(id, chosen, reason, principal.getName());
			model.addAttribute("exemptionApproved", "已批准该案件“" + chosen.label() + "”免于音像记录，理由已记入全过程记录。");
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind() == InputRejected.Kind.INVALID ? 400 : 422);
			model.addAttribute("exemptionProblem",
					ex.errors().isEmpty() ? ex.getMessage() : ex.errors().get(0).message());
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(400);
			model.addAttribute("exemptionProblem", "请选择活动类型");
		}
		return page(caseId, model, principal);
	}

	private static UUID parseCase(String caseId) {
		try {
			return caseId == null || caseId.isBlank() ? null : UUID.fromString(caseId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InputRejected.invalid("caseId", "案件编号格式不正确");
		}
	}

}
