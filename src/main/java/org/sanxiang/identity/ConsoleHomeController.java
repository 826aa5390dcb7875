package org.sanxiang.identity;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's first page: who is signed in, with which roles and unit, and where to go.
 */
@Controller
class ConsoleHomeController {

	/** A place in the console and who may go there. */
	record Area(String title, String href, String description) {
	}

	private final Units units;

	private final RoleLabels roleLabels;

	ConsoleHomeController(Units units, RoleLabels roleLabels) {
		this.units = units;
		this.roleLabels = roleLabels;
	}

	@GetMapping("/console")
	String home(Authentication authentication, Model model) {
		StaffPrincipal staff = authentication.getPrincipal() instanceof StaffPrincipal p ? p : null;
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
		model.addAttribute("username", authentication.getName());
		model.addAttribute("displayName", this.roleLabels.displayName(authentication));
		model.addAttribute("roles", this.roleLabels.of(authentication));
		model.addAttribute("unit", staff == null ? "" : this.units.nameOf(staff.unitCode()));
		model.addAttribute("areas",
				admin ? List.of(new Area("主体信息维护", "/console/catalog", "执法主体、内设机构、执法人员、权责事项及其版本（事前公示）"),
						new Area("工作日历", "/console/calendar", "法定节假日与调休工作日，用于计算办理期限"),
						new Area("用户管理", "/console/users", "工作人员账号、角色、所属单位、重置密码与解锁")) : List.of());
		return "identity/console-home";
	}

}
