package org.sanxiang.disclosure.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理员: the state of the decision search index and a rebuild on demand (after a restore,
 * or when a search seems to miss a decision). The index is derived data; rebuilding it
 * changes no record.
 */
@Controller
class SearchIndexConsoleController {

	private final DecisionIndexer index;

	SearchIndexConsoleController(DecisionIndexer index) {
		this.index = index;
	}

	@GetMapping("/console/admin/search")
	String state(Model model) {
		model.addAttribute("building", this.index.building());
		model.addAttribute("builtAt", DecisionsController.minute(this.index.builtAt()));
		model.addAttribute("size", this.index.size());
		return "console/search-index";
	}

	@PostMapping("/console/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		this.index.rebuild();
		redirect.addFlashAttribute("message", "已开始重建检索索引，完成前检索结果可能不完整。");
		return "redirect:/console/admin/search";
	}

}
