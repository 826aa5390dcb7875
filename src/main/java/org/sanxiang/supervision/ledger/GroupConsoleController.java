package org.sanxiang.supervision.ledger;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leadership group's page: members by role and unit, and the office. 督查, 负责人 and 管理员
 * read it; 管理员 and 督查 keep it.
 */
@Controller
@RequestMapping("/console/supervision/group")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'DIRECTOR', 'ADMIN')")
class GroupConsoleController {

	static final String KEEPERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";

	private final LeadershipGroup group;

	private final LedgerViews views;

	GroupConsoleController(LeadershipGroup group, LedgerViews views) {
		this.group = group;
		this.views = views;
	}

	/** A member as the page shows it. */
	record MemberRow(long id, String role, String name, String post, String unit, String account) {
	}

	@GetMapping
	String show(Model model) {
		return page(model, null);
	}

	@PostMapping("/members")
	@PreAuthorize(KEEPERS)
	String add(@RequestParam(required = false) String role, @RequestParam(required = false) String name,
			@RequestParam(required = false) String post, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String account, Authentication who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return command(model, redirect, response, "已添加成员", () -> this.group
			.add(new LeadershipGroup.MemberForm(role, name, post, unitCode, account), who.getName()));
	}

	@PostMapping("/members/{id}/removal")
	@PreAuthorize(KEEPERS)
	String remove(@PathVariable long id, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return command(model, redirect, response, "已移除成员", () -> this.group.remove(id, who.getName()));
	}

	@PostMapping("/office")
	@PreAuthorize(KEEPERS)
	String office(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String duties, Authentication who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return command(model, redirect, response, "已保存办公室信息",
				() -> this.group.saveOffice(unitCode, phone, duties, who.getName()));
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private String command(Model model, RedirectAttributes redirect, HttpServletResponse response, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", done);
			return "redirect:/console/supervision/group";
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return page(model, ex.firstMessage());
		}
	}

	private String page(Model model, String error) {
		model.addAttribute("members",
				this.group.members()
					.stream()
					.map(m -> new MemberRow(m.id(), m.role().label(), m.name(), m.post(),
							this.views.unitName(m.unitCode()), m.account() == null ? "—" : m.account()))
					.toList());
		model.addAttribute("office",
				this.group.office()
					.map(o -> new LeadershipGroup.Office(this.views.unitName(o.unitCode()), o.phone(), o.duties()))
					.orElse(null));
		model.addAttribute("officeUnit", this.group.office().map(LeadershipGroup.Office::unitCode).orElse("FGG"));
		model.addAttribute("roles", GroupRole.values());
		model.addAttribute("units", this.views.units());
		model.addAttribute("error", error);
		return "supervision/ledger/group";
	}

}
