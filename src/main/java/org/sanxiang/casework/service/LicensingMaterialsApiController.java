package org.sanxiang.casework.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.StaffActors;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.licensing.LicensingCase;
import org.sanxiang.identity.Role;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 申请材料 of a licensing case over REST, for staff: the checklist of the item's materials
 * with what was received, a clerk receiving a file or a checked paper original before
 * acceptance or with a correction (行政许可法 第三十条至第三十二条), and the download of one file. The
 * application itself stays JSON ({@code POST /api/v1/licensing/applications}); its
 * materials follow here.
 */
@RestController
@Tag(name = "行政许可办件")
class LicensingMaterialsApiController {

	private final Casework casework;

	LicensingMaterialsApiController(Casework casework) {
		this.casework = casework;
	}

	/** One received material; {@code download} is the staff link to its file. */
	record MaterialView(String id, String materialName, String stage, String fileName, String contentType, Long size,
			String sha256, String sm3, boolean paper, OffsetDateTime receivedAt, String receivedBy, String download) {
	}

	/**
	 * The item's list with what was received: {@code missing} names the required
	 * materials received neither as a file nor on paper (acceptance is refused while any
	 * is, XK-32b).
	 */
	record MaterialsView(List<MaterialView> received, List<ChecklistView> checklist, List<String> missing) {
	}

	record ChecklistView(String name, boolean required, String form, int copies, boolean received) {
	}

	@PostMapping(path = "/api/v1/licensing/cases/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "接收申请材料（窗口人员 CLERK）",
			description = "multipart/form-data：materialName 为本事项申请材料清单中的材料名称；file 为文件（PDF、JPEG、PNG 或 OFD，按文件内容识别），"
					+ "或不带文件、paper=true 表示纸质原件已在窗口核验。只能在受理前（状态“已接收”）或补正时（“待补正”）提交，补正时记为补正材料，"
					+ "其他状态返回 409。材料名称不在清单中返回 422；文件格式不支持返回 415；文件超过大小限制（默认 20 MB）返回 413。"
					+ "文件先写入存储再登记，失败时不保存任何内容。受理时，清单中必要材料未收齐（既无文件也无纸质核验）的，受理被拒绝（422，XK-32b）。")
	ResponseEntity<List<MaterialView>> receive(@PathVariable String id,
			@RequestParam(required = false) String materialName, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean paper, Authentication authentication) {
		Actor actor = StaffActors.of(authentication);
		if (!actor.has(Role.CLERK)) {
			throw new AccessDeniedException("接收申请材料需要" + Role.CLERK.name() + "角色");
		}
		CaseId caseId = LicensingConsoleController.caseId(id);
		List<MaterialSubmission> submitted = file != null && !file.isEmpty()
				? List.of(MaterialFiles.upload(materialName, file))
				: paper ? List.of(MaterialSubmission.paper(materialName)) : List.of();
		List<ReceivedMaterial> received = this.casework.receiveMaterials(caseId, submitted, actor);
		return ResponseEntity.created(URI.create("/api/v1/licensing/cases/" + caseId + "/materials"))
			.body(received.stream().map(LicensingMaterialsApiController::view).toList());
	}

	@GetMapping("/api/v1/licensing/cases/{id}/materials")
	@Operation(summary = "申请材料清单与已收材料（工作人员）",
			description = "需登录（任一角色）。checklist 为事项的申请材料清单及是否已收；missing 为尚未收到的必要材料；received 为已收材料（文件或纸质）。")
	MaterialsView list(@PathVariable String id) {
		CaseId caseId = LicensingConsoleController.caseId(id);
		LicensingCase c = this.casework.find(caseId).licensingCase();
		List<ReceivedMaterial> received = this.casework.materials(caseId);
		List<ChecklistView> checklist = c.item()
			.content()
			.materials()
			.stream()
			.map(m -> new ChecklistView(m.name(), m.required(), m.form(), m.copies(),
					received.stream().anyMatch(r -> r.materialName().equals(m.name()))))
			.toList();
		return new MaterialsView(received.stream().map(LicensingMaterialsApiController::view).toList(), checklist,
				this.casework.missingMaterials(c));
	}

	@GetMapping(path = "/api/v1/licensing/cases/{id}/materials/{materialId}/content", produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载一份申请材料（工作人员）", description = "需登录。纸质材料没有电子文件，返回 404。申请材料不对公众公开。")
	ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String materialId)
			throws IOException {
		ReceivedMaterial m = this.casework.material(LicensingConsoleController.caseId(id), materialId);
		return file(this.casework, m);
	}

	/** The file as an attachment, streamed; never rendered inline. */
	static ResponseEntity<InputStreamResource> file(Casework casework, ReceivedMaterial m) throws IOException {
		InputStream in = casework.open(m);
		return ResponseEntity.ok()
			.contentType(MaterialFiles.FileType.allowed(m.contentType()) ? MediaType.parseMediaType(m.contentType())
					: MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(m.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(in));
	}

	static MaterialView view(ReceivedMaterial m) {
		return new MaterialView(m.id().toString(), m.materialName(), m.stage().name(), m.fileName(), m.contentType(),
				m.size(), m.sha256(), m.sm3(), m.paper(), m.receivedAt(), m.receivedBy(),
				m.paper() ? null : "/api/v1/licensing/cases/" + m.caseId() + "/materials/" + m.id() + "/content");
	}

}
