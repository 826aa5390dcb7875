package org.sanxiang.disclosure.window;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.platform.ErrorPages;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.disclosure.window.WindowAdministration.WindowForm;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理员 keep the window boards: create and edit windows, assign the staff on duty and
 * upload their photos. Bad input is shown beside the field with a 422 and nothing is
 * saved.
 */
@Controller
@RequestMapping("/console/admin/windows")
@PreAuthorize("hasRole('ADMIN')")
class WindowConsoleController {

	private final ServiceWindows windows;

	private final WindowAdministration administration;

	private final Catalog catalog;

	WindowConsoleController(ServiceWindows windows, WindowAdministration administration, Catalog catalog) {
		this.windows = windows;
		this.administration = administration;
		this.catalog = catalog;
	}

	@GetMapping
	String list(Model model) {
		return listPage(WindowForm.empty(), Map.of(), model);
	}

	@PostMapping
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String location, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String duties,
			@RequestParam(required = false) List<String> itemCodes, @RequestParam(required = false) String sortOrder,
			Principal who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		WindowForm form = new WindowForm(code, name, location, unitCode, phone, duties, itemCodes, sortOrder);
		try {
			ServiceWindow saved = this.administration.save(form, true, who.getName());
			redirect.addFlashAttribute("saved", "已新建窗口：" + saved.name());
			return "redirect:/console/admin/windows/" + saved.code();
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return listPage(form, errors(ex), model);
		}
	}

	@GetMapping("/{code}")
	String edit(@PathVariable String code, Model model) {
		ServiceWindow window = this.windows.find(code).orElseThrow(() -> new NotFound("未找到编码为“" + code + "”的窗口"));
		return editPage(window.code(), WindowForm.of(window), Map.of(), model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String location, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String duties,
			@RequestParam(required = false) List<String> itemCodes, @RequestParam(required = false) String sortOrder,
			Principal who, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		WindowForm form = new WindowForm(code, name, location, unitCode, phone, duties, itemCodes, sortOrder);
		try {
			this.administration.save(form, false, who.getName());
			redirect.addFlashAttribute("saved", "已保存");
			return "redirect:/console/admin/windows/" + code;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			return editPage(code, form, errors(ex), model);
		}
	}

	@PostMapping("/{code}/staff")
	String assign(@PathVariable String code, @RequestParam(required = false) String officerId,
			@RequestParam(required = false) String post, @RequestParam(defaultValue = "false") boolean onDuty,
			@RequestParam(required = false) String sortOrder, Principal who, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.administration.assign(code, officerId, post, onDuty, sortOrder, who.getName());
			redirect.addFlashAttribute("saved", "已保存当班人员");
			return "redirect:/console/admin/windows/" + code;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			ServiceWindow window = this.windows.find(code).orElseThrow();
			model.addAttribute("staffErrors", errors(ex));
			return editPage(code, WindowForm.of(window), Map.of(), model);
		}
	}

	@PostMapping("/{code}/staff/{officerId}/remove")
	String remove(@PathVariable String code, @PathVariable String officerId, Principal who,
			RedirectAttributes redirect) {
		this.administration.remove(code, officerId, who.getName());
		redirect.addFlashAttribute("saved", "已移除");
		return "redirect:/console/admin/windows/" + code;
	}

	@PostMapping("/{code}/staff/{officerId}/photo")
	String photo(@PathVariable String code, @PathVariable String officerId,
			@RequestParam(required = false) MultipartFile photo, Principal who, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		try {
			byte[] content = photo == null ? new byte[0]
					: photo.getSize() > StaffPhotos.MAX_BYTES ? new byte[StaffPhotos.MAX_BYTES + 1] : photo.getBytes();
			this.administration.photo(code, officerId, content, who.getName());
			redirect.addFlashAttribute("saved", "已上传照片");
			return "redirect:/console/admin/windows/" + code;
		}
		catch (InputRejected ex) {
			response.setStatus(ex.kind().status());
			ServiceWindow window = this.windows.find(code).orElseThrow();
			model.addAttribute("photoError", ex.firstMessage());
			model.addAttribute("photoOfficer", officerId);
			return editPage(code, WindowForm.of(window), Map.of(), model);
		}
	}

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** A file over the multipart limit never reaches the check above. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return ErrorPages.page(HttpStatus.PAYLOAD_TOO_LARGE, "照片不能超过 2 MB");
	}

	private String listPage(WindowForm form, Map<String, String> errors, Model model) {
		model.addAttribute("windows", this.windows.all());
		addChoices(model);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "window/console-list";
	}

	private String editPage(String code, WindowForm form, Map<String, String> errors, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("staff", this.windows.staff(code));
		Map<String, String> officerNames = new LinkedHashMap<>();
		this.catalog.officers().forEach(o -> officerNames.put(o.id(), o.name()));
		model.addAttribute("officerNames", officerNames);
		if (!model.containsAttribute("staffErrors")) {
			model.addAttribute("staffErrors", Map.of());
		}
		addChoices(model);
		return "window/console-edit";
	}

	private void addChoices(Model model) {
		model.addAttribute("units", this.catalog.units());
		model.addAttribute("items", this.catalog.items());
		model.addAttribute("officers", this.catalog.officers());
	}

	private static Map<String, String> errors(InputRejected ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.errors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
		return errors;
	}

}
