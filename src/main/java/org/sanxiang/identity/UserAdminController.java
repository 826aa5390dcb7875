package org.sanxiang.identity;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 for administrators (the path is restricted to 管理员 in
 * {@link SecurityConfiguration}): accounts, their roles and units, enabling, password
 * reset and unlocking. Rejected input is shown next to its field; every change is in the
 * access record.
 */
@Controller
@RequestMapping("/console/users")
class UserAdminController {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final StaffAccounts accounts;

	private final StaffAdministration administration;

	private final AccessLog accessLog;

	private final Units units;

	private final Clock clock;

	UserAdminController(StaffAccounts accounts, StaffAdministration administration, AccessLog accessLog, Units units,
			Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.accessLog = accessLog;
		this.units = units;
		this.clock = clock;
	}

	/** One account as the list shows it. */
	record Row(String username, String displayName, String unit, String roles, boolean enabled, String lockedUntil) {
	}

	/** One line of the access record as the list shows it. */
	record EventRow(String at, String username, String actor, String remoteAddress, String outcome, String reason,
			String detail) {
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("units", this.units.names());
		model.addAttribute("allRoles", Role.values());
	}

	@GetMapping
	String list(Model model) {
		List<Row> rows = this.accounts.all()
			.stream()
			.map(a -> new Row(a.username(), a.displayName(), this.units.nameOf(a.unitCode()),
					a.roles().stream().map(Role::label).reduce((x, y) -> x + "、" + y).orElse("（无）"), a.enabled(),
					lockedUntil(a)))
			.toList();
		model.addAttribute("users", rows);
		model.addAttribute("events",
				this.accessLog.latest(30)
					.stream()
					.map(e -> new EventRow(MINUTE.withZone(this.clock.getZone()).format(e.at()), e.username(),
							e.actor(), e.remoteAddress(), e.outcome(), e.reason(), e.detail()))
					.toList());
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", StaffForm.blank());
		model.addAttribute("errors", Map.of());
		return "identity/user-new";
	}

	@PostMapping
	String create(StaffForm form, Authentication by, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.administration.create(new StaffAdministration.NewStaff(form.username(), form.displayName(),
					form.unitCode(), form.chosenRoles(), form.password()), by.getName());
		}
		catch (InputRejected rejected) {
			response.setStatus(rejected.kind().status());
			model.addAttribute("form", new StaffForm(form.username(), form.displayName(), form.unitCode(), form.roles(),
					null, true, null));
			model.addAttribute("errors", errors(rejected));
			return "identity/user-new";
		}
		redirect.addFlashAttribute("saved", "已创建用户 " + form.username().strip());
		return "redirect:/console/users";
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		StaffAccount account = existing(username);
		model.addAttribute("form", StaffForm.of(account));
		return editPage(account, Map.of(), model);
	}

	@PostMapping("/{username}")
	String change(@PathVariable String username, StaffForm form, Authentication by, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffAccount account = existing(username);
		try {
			this.administration.change(account.username(), new StaffAdministration.StaffChanges(form.displayName(),
					form.unitCode(), form.chosenRoles(), form.isEnabled()), by.getName());
		}
		catch (InputRejected rejected) {
			response.setStatus(rejected.kind().status());
			model.addAttribute("form", new StaffForm(account.username(), form.displayName(), form.unitCode(),
					form.roles(), null, form.isEnabled(), null));
			return editPage(account, errors(rejected), model);
		}
		redirect.addFlashAttribute("saved", "已保存用户 " + account.username());
		return "redirect:/console/users/" + account.username();
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, StaffForm form, Authentication by, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		StaffAccount account = existing(username);
		try {
			this.administration.resetPassword(account.username(), form.newPassword(), by.getName());
		}
		catch (InputRejected rejected) {
			response.setStatus(rejected.kind().status());
			model.addAttribute("form", StaffForm.of(account));
			return editPage(account, errors(rejected), model);
		}
		redirect.addFlashAttribute("saved", "已重置用户 " + account.username() + " 的密码");
		return "redirect:/console/users/" + account.username();
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, Authentication by, RedirectAttributes redirect) {
		StaffAccount account = existing(username);
		this.administration.unlock(account.username(), by.getName());
		redirect.addFlashAttribute("saved", "已解除用户 " + account.username() + " 的锁定");
		return "redirect:/console/users/" + account.username();
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		model.addAttribute("message", ex.getMessage());
		return "identity/user-missing";
	}

	private String editPage(StaffAccount account, Map<String, String> errors, Model model) {
		model.addAttribute("account", new Row(account.username(), account.displayName(),
				this.units.nameOf(account.unitCode()), "", account.enabled(), lockedUntil(account)));
		if (!this.units.names().containsKey(account.unitCode())) {
			Map<String, String> withCurrent = new LinkedHashMap<>(this.units.names());
			withCurrent.put(account.unitCode(), account.unitCode());
			model.addAttribute("units", withCurrent);
		}
		model.addAttribute("errors", errors);
		return "identity/user-edit";
	}

	private StaffAccount existing(String username) {
		return this.accounts.find(username).orElseThrow(() -> new NotFound("没有用户 " + username));
	}

	private String lockedUntil(StaffAccount account) {
		if (!LockoutPolicy.STANDARD.isLocked(account.lockout(), this.clock.instant())) {
			return null;
		}
		return MINUTE.withZone(this.clock.getZone()).format(account.lockedUntil());
	}

	private static Map<String, String> errors(InputRejected rejected) {
		Map<String, String> errors = new LinkedHashMap<>();
		rejected.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
		return errors;
	}

}
