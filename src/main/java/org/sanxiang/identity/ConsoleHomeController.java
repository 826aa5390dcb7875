package org.sanxiang.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
		Set<String> held = authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.collect(Collectors.toSet());
		model.addAttribute("username", authentication.getName());
		model.addAttribute("displayName", this.roleLabels.displayName(authentication));
		model.addAttribute("roles", this.roleLabels.of(authentication));
		model.addAttribute("unit", staff == null ? "" : this.units.nameOf(staff.unitCode()));
		model.addAttribute("areas",
				AREAS.stream()
					.filter(a -> a.roles().stream().anyMatch(r -> held.contains(r.authority())))
					.map(RoleArea::area)
					.toList());
		return "identity/console-home";
	}

	/** What each role works on, in the order of a case's life and then administration. */
	private static final List<RoleArea> AREAS = List.of(
			new RoleArea(new Area("行政许可办件", "/console/licensing", "我的待办、受理、审查、听证、决定、送达与归档，各项法定期限"),
					EnumSet.of(Role.CLERK, Role.OFFICER, Role.DIRECTOR, Role.REVIEWER, Role.SUPERVISOR)),
			new RoleArea(new Area("音像记录", "/console/evidence", "上传（断点续传）、播放与核对现场检查、听证、送达的录音录像；负责人批准免于记录"),
					EnumSet.of(Role.CLERK, Role.OFFICER, Role.DIRECTOR)),
			new RoleArea(new Area("法制审核", "/console/reviews", "重大执法决定的送审、七项审核、审核意见书、集体讨论与审核统计"),
					EnumSet.of(Role.REVIEWER, Role.OFFICER, Role.DIRECTOR, Role.SUPERVISOR)),
			new RoleArea(new Area("全过程记录", "/console/journal", "不可篡改的全过程记录、签名树头与完整性校验"),
					EnumSet.of(Role.ADMIN, Role.SUPERVISOR)),
			new RoleArea(new Area("主体信息维护", "/console/catalog", "执法主体、内设机构、执法人员、权责事项、法制审核目录与裁量基准（事前公示）"),
					EnumSet.of(Role.ADMIN)),
			new RoleArea(new Area("工作日历", "/console/calendar", "法定节假日与调休工作日，用于计算办理期限"), EnumSet.of(Role.ADMIN)),
			new RoleArea(new Area("用户管理", "/console/users", "工作人员账号、角色、所属单位、重置密码与解锁"), EnumSet.of(Role.ADMIN)));

	private record RoleArea(Area area, Set<Role> roles) {
	}

}
