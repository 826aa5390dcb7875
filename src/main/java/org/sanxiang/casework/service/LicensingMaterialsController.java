package org.sanxiang.casework.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.casework.licensing.LicensingState;
import org.sanxiang.catalog.Material;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.DateInput;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申请材料 on the console case page: the clerk receives files or checked paper originals
 * before acceptance, or hands in a correction (补正) with its materials in one step (行政许可法
 * 第三十二条); staff download a file. The result — done or refused with its Chinese reason —
 * is shown on the case page in its materials block; nothing is saved when a file is
 * refused.
 */
@Controller
class LicensingMaterialsController {

	private final Casework casework;

	private final MaterialFiles files;

	LicensingMaterialsController(Casework casework, MaterialFiles files) {
		this.casework = casework;
		this.files = files;
	}

	/** One row of the checklist: the catalog material and what was received for it. */
	record ChecklistRow(int index, Material material, List<ReceivedMaterial> received) {

		/** 已收, 缺 (a required one not received) or 未收 (an optional one). */
		public String status() {
			return !this.received.isEmpty() ? "已收" : this.material.required() ? "缺" : "未收";
		}

	}

	/** The case page's materials block. */
	record MaterialsBlock(List<ChecklistRow> rows, List<String> missing, boolean canReceive, boolean correction,
			String maxFileSize) {
	}

	/**
	 * The materials block for the case page of {@code id}, as {@code actor} may use it.
	 */
	MaterialsBlock block(CaseId id, Actor actor) {
		LicensingCase c = this.casework.find(id).licensingCase();
		List<ReceivedMaterial> received = this.casework.materials(id);
		List<Material> materials = c.item().content().materials();
		List<ChecklistRow> rows = new ArrayList<>();
		for (int i = 0; i < materials.size(); i++) {
			String name = materials.get(i).name();
			rows.add(new ChecklistRow(i, materials.get(i),
					received.stream().filter(r -> r.materialName().equals(name)).toList()));
		}
		boolean open = c.state() instanceof LicensingState.Received
				|| c.state() instanceof LicensingState.AwaitingCorrection;
		return new MaterialsBlock(rows, this.casework.missingMaterials(c), open && actor.has(Role.CLERK),
				c.state() instanceof LicensingState.AwaitingCorrection,
				ReceivedMaterial.sizeText(this.files.maxFileSize().toBytes()));
	}

	@PostMapping("/console/licensing/{id}/materials")
	String receive(@PathVariable String id, @RequestParam Map<String, MultipartFile> uploads,
			HttpServletRequest request, Authentication authentication, RedirectAttributes redirect) {
		CaseId caseId = LicensingConsoleController.caseId(id);
		Actor actor = StaffActors.of(authentication);
		if (!actor.has(Role.CLERK)) {
			throw new AccessDeniedException("接收申请材料需要" + Role.CLERK.label());
		}
		LicensingCase c = this.casework.find(caseId).licensingCase();
		List<MaterialSubmission> submitted = new ArrayList<>();
		List<Material> materials = c.item().content().materials();
		for (int i = 0; i < materials.size(); i++) {
			MultipartFile file = uploads.get("material-" + i);
			if (file != null && !file.isEmpty()) {
				submitted.add(MaterialFiles.upload(materials.get(i).name(), file));
			}
			if (request.getParameter("paper-" + i) != null) {
				submitted.add(MaterialSubmission.paper(materials.get(i).name()));
			}
		}
		try {
			if (request.getParameter("submitCorrection") != null) {
				this.casework.submitCorrection(caseId, revision(request.getParameter("revision")),
						DateInput.optional("on", "日期", request.getParameter("on")), submitted, actor);
				redirect.addFlashAttribute("done", "已办理：提交补正材料（" + submitted.size() + " 份材料）");
			}
			else {
				this.casework.receiveMaterials(caseId, submitted, actor);
				redirect.addFlashAttribute("done", "已接收申请材料 " + submitted.size() + " 份");
			}
		}
		catch (CaseActionRefused refused) {
			redirect.addFlashAttribute("materialsProblem", refused.refusal().message());
		}
		catch (InputRejected rejected) {
			redirect.addFlashAttribute("materialsProblem", rejected.firstMessage());
		}
		return "redirect:/console/licensing/" + caseId + "#materials";
	}

	private static Integer revision(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid("revision", "版本号格式不正确，请刷新后重试");
		}
	}

	/** A scan over the size limit: back to the case page with the reason. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = variables instanceof Map<?, ?> map && map.get("id") instanceof String s ? s : "";
		redirect.addFlashAttribute("materialsProblem", this.files.tooLargeMessage());
		return "redirect:/console/licensing/" + LicensingConsoleController.caseId(id) + "#materials";
	}

	/** Staff only (the console): the file as an attachment. */
	@GetMapping("/console/licensing/{id}/materials/{materialId}")
	ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String materialId)
			throws IOException {
		ReceivedMaterial m = this.casework.material(LicensingConsoleController.caseId(id), materialId);
		return LicensingMaterialsApiController.file(this.casework, m);
	}

	@ExceptionHandler(NotFound.class)
	String notFound(jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(404);
		return "error/404";
	}

}
