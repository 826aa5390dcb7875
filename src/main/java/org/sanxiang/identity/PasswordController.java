package org.sanxiang.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanxiang.platform.InputRejected;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every staff member changes their own password here (an initial or reset one above all).
 */
@Controller
class PasswordController {

	private final StaffAdministration administration;

	PasswordController(StaffAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/console/password")
	String form(Model model) {
		model.addAttribute("errors", Map.of());
		return "identity/password";
	}

	@PostMapping("/console/password")
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmation,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.administration.changeOwnPassword(authentication.getName(), currentPassword, newPassword, confirmation);
		}
		catch (InputRejected ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			model.addAttribute("errors", errors);
			response.setStatus(ex.kind().status());
			return "identity/password";
		}
		redirect.addFlashAttribute("saved", "密码已修改，下次登录请使用新密码。");
		return "redirect:/console";
	}

}
