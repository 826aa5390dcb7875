package org.sanxiang.inspection;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.InputRejected;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers and plans of 双随机 for scripts and other systems, with the console's rules:
 * the 检查对象名录 and 回避申报 (staff of the agency), announcing and cancelling plans (负责人). The
 * public reads plans, their draws and results through the public endpoints of the same
 * path.
 */
@RestController
@RequestMapping("/api/v1/inspection")
@Tag(name = "双随机抽查", description = "检查对象名录、回避申报、抽查计划的公布与作废；抽取由平台在公布的抽取时间后自动进行，种子取自其后第一个签名树头")
class InspectionApiController {

	static final String STAFF = "hasAnyRole('CLERK', 'OFFICER', 'DIRECTOR', 'SUPERVISOR')";

	static final String REGISTRARS = "hasAnyRole('CLERK', 'OFFICER', 'DIRECTOR')";

	static final String DIRECTOR = "hasRole('DIRECTOR')";

	private final TargetRegister register;

	private final InspectionPlans plans;

	private final InspectionScope scope;

	InspectionApiController(TargetRegister register, InspectionPlans plans, InspectionScope scope) {
		this.register = register;
		this.plans = plans;
		this.scope = scope;
	}

	/**
	 * An officer who must not inspect the target, the kind (亲属关系, 利害关系 or 其他应当回避的情形;
	 * published) and the reason (not published).
	 */
	record ConflictRequest(String officerId, String kind, String reason) {
	}

	/** Why a plan is cancelled (public). */
	record CancellationRequest(String reason) {
	}

	@GetMapping("/targets")
	@PreAuthorize(STAFF)
	@Operation(summary = "检查对象名录", description = "本执法主体的检查对象，含在本平台取得的许可（只读）和回避申报。")
	List<TargetRegister.Entry> targets(Authentication who) {
		return this.register.entries(this.scope.agencyOf(who.getName()));
	}

	@GetMapping("/targets/{creditCode}")
	@PreAuthorize(STAFF)
	@Operation(summary = "一个检查对象")
	TargetRegister.Entry target(@PathVariable String creditCode, Authentication who) {
		return this.register.entry(this.scope.agencyOf(who.getName()), creditCode.toUpperCase());
	}

	@PostMapping("/targets")
	@PreAuthorize(REGISTRARS)
	@Operation(summary = "登记或修改检查对象", description = "统一社会信用代码须通过校验（GB 32100）；类别为「法人及非法人组织」或「个体工商户」；名称、地址、所在区域、行业必填；"
			+ "active=false 的对象不参加以后的抽取。同一代码再次提交即修改。不符合时 400。")
	ResponseEntity<Target> saveTarget(@RequestBody(required = false) TargetRegister.TargetForm form,
			Authentication who) {
		TargetRegister.TargetForm f = (form == null)
				? new TargetRegister.TargetForm(null, null, null, null, null, null, null, null, null) : form;
		Target saved = this.register.save(this.scope.agencyOf(who.getName()), f, who.getName());
		return ResponseEntity.created(URI.create("/api/v1/inspection/targets/" + saved.creditCode())).body(saved);
	}

	@PutMapping("/targets/{creditCode}")
	@PreAuthorize(REGISTRARS)
	@Operation(summary = "修改检查对象")
	Target changeTarget(@PathVariable String creditCode, @RequestBody(required = false) TargetRegister.TargetForm form,
			Authentication who) {
		if (form == null || form.creditCode() == null || !creditCode.equalsIgnoreCase(form.creditCode().strip())) {
			throw InputRejected.invalid("creditCode", "请求体中的统一社会信用代码应与地址中的一致");
		}
		return this.register.save(this.scope.agencyOf(who.getName()), form, who.getName());
	}

	@PostMapping("/targets/{creditCode}/conflicts")
	@PreAuthorize("hasAnyRole('OFFICER', 'DIRECTOR')")
	@Operation(summary = "申报回避", description = "该执法人员此后不会被抽取检查该对象；回避在抽取结果中记录。同一申报已登记时 409。")
	ResponseEntity<InspectionStore.Conflict> declare(@PathVariable String creditCode,
			@RequestBody(required = false) ConflictRequest request, Authentication who) {
		ConflictRequest r = (request == null) ? new ConflictRequest(null, null, null) : request;
		InspectionStore.Conflict c = this.register.declareConflict(this.scope.agencyOf(who.getName()),
				creditCode.toUpperCase(), r.officerId(), r.kind(), r.reason(), who.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(c);
	}

	@DeleteMapping("/targets/{creditCode}/conflicts/{id}")
	@PreAuthorize(DIRECTOR)
	@Operation(summary = "撤回回避申报", description = "撤回后保留记录；已撤回时 409。")
	ResponseEntity<Void> withdraw(@PathVariable String creditCode, @PathVariable UUID id, Authentication who) {
		this.register.withdrawConflict(this.scope.agencyOf(who.getName()), id, who.getName());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans")
	@PreAuthorize(DIRECTOR)
	@Operation(summary = "公布抽查计划",
			description = "itemCodes 须在随机抽查事项清单中；sampleSize（户数）与 samplePercent（比例，向上取整）二者选一；inspectorsPerTarget 至少 2；"
					+ "drawAt 须晚于现在（种子取自其后第一个签名树头，公布时尚不存在）。抽取数量超过符合条件的对象数、持证执法人员不足时 422。")
	ResponseEntity<Plan> announce(@RequestBody(required = false) InspectionPlans.PlanForm form, Authentication who) {
		InspectionPlans.PlanForm f = (form == null) ? new InspectionPlans.PlanForm(null, null, null, null, null, null,
				null, null, null, null, null, null, null) : form;
		Plan plan = this.plans.announce(this.scope.agencyOf(who.getName()), f, who.getName());
		return ResponseEntity.created(URI.create("/api/v1/inspection/plans/" + plan.id())).body(plan);
	}

	@PostMapping("/plans/{id}/cancellation")
	@PreAuthorize(DIRECTOR)
	@Operation(summary = "作废抽查计划",
			description = "须说明理由（公开）；作废的计划及其抽取结果仍然公开，不能再次抽取，须另行制定计划（replaces 指向本计划）。已有检查记录或已作废时 409。")
	Plan cancel(@PathVariable UUID id, @RequestBody(required = false) CancellationRequest request, Authentication who) {
		return this.plans.cancel(this.scope.agencyOf(who.getName()), id, request == null ? null : request.reason(),
				who.getName());
	}

	@ExceptionHandler(InspectionScope.OutsideAgency.class)
	ResponseEntity<ProblemDetail> outside(InspectionScope.OutsideAgency ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
		problem.setTitle("不在您的办理范围内");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
	}

}
