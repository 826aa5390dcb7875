package org.sanxiang.journal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 存证公开 (/transparency): the latest signed tree head and the public key, so anyone can
 * keep a head and later ask for proofs that the log still contains and extends it.
 */
@Controller
class TransparencyController {

	private final Journal journal;

	TransparencyController(Journal journal) {
		this.journal = journal;
	}

	@GetMapping("/transparency")
	String transparency(Model model) {
		model.addAttribute("head", this.journal.latestTreeHead().orElse(null));
		model.addAttribute("key", this.journal.publicKey());
		model.addAttribute("algorithm", this.journal.hashAlgorithm().label());
		model.addAttribute("size", this.journal.size());
		return "journal/transparency";
	}

}
