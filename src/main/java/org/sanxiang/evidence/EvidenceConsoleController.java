package org.sanxiang.evidence;

import java.security.Principal;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
		model.addAttribute("maxSizeText", ResumableUploads.megabytes(this.uploads.maxSize()));
		model.addAttribute("user", principal.getName());
		model.addAttribute("zone", EvidenceVault.CHINA);
		return "evidence/console";
	}

}
