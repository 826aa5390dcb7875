package org.sanxiang.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理员: the backups of this installation, the one being written, the retention, and "立即备份"
 * (run on a thread of its own: the page shows it in progress). Each action is journaled
 * by {@link Backups}.
 */
@Controller
class BackupConsoleController {

	private final Backups backups;

	BackupConsoleController(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/console/admin/backups")
	String list(Model model) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Backups.BackupSummary b : this.backups.list()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("name", b.name());
			row.put("createdAt", b.createdAt());
			row.put("mib", String.format("%.1f MiB", b.bytes() / 1048576.0));
			row.put("parts", b.parts());
			row.put("journal", b.journalSize() + " 条 / " + (b.treeHeadSize() == null ? "—" : b.treeHeadSize()));
			row.put("schemaVersion", "V" + b.schemaVersion());
			rows.add(row);
		}
		BackupSettings settings = this.backups.settings();
		model.addAttribute("backups", rows);
		model.addAttribute("running", this.backups.inProgress().map(Backups.InProgress::name).orElse(null));
		model.addAttribute("dir", settings.getDir());
		model.addAttribute("schedule", "-".equals(settings.getCron()) ? "已关闭" : settings.getCron());
		model.addAttribute("retention",
				"最新 " + settings.getKeepLast() + " 份始终保留，更早的满 " + settings.getKeepDays() + " 天删除");
		model.addAttribute("keystore", settings.isIncludeKeystore() ? "是" : "否");
		return "console/backups";
	}

	@PostMapping("/console/admin/backups")
	String backUpNow(Principal principal, RedirectAttributes redirect) {
		if (this.backups.inProgress().isPresent()) {
			redirect.addFlashAttribute("error", "已有一个备份正在进行，请等待其完成。");
			return "redirect:/console/admin/backups";
		}
		String actor = principal.getName();
		Thread thread = new Thread(() -> {
			try {
				this.backups.create(actor);
			}
			catch (BackupRefused ex) {
				// journaled as BackupFailed and logged by Backups
			}
		}, "backup-now");
		thread.start();
		redirect.addFlashAttribute("message", "备份已开始；完成后出现在列表中（刷新本页查看）。");
		return "redirect:/console/admin/backups";
	}

	@PostMapping("/console/admin/backups/{name}/verify")
	String verify(@PathVariable String name, Principal principal, RedirectAttributes redirect) {
		try {
			BackupCheck check = this.backups.verifyListed(name, principal.getName());
			redirect.addFlashAttribute(check.intact() ? "message" : "error", name + "：" + check.summary());
		}
		catch (BackupRefused ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/console/admin/backups";
	}

	@GetMapping(path = "/console/admin/backups/{name}/manifest.json")
	@ResponseBody
	ResponseEntity<byte[]> manifest(@PathVariable String name) {
		try {
			Path dir = this.backups.listedDir(name);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header("Content-Disposition", "attachment; filename=\"" + name + "-manifest.json\"")
				.body(Files.readAllBytes(dir.resolve(BackupManifest.FILE_NAME)));
		}
		catch (BackupRefused ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
				.body(ex.getMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
