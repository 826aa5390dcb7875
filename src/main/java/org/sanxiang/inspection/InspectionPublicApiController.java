package org.sanxiang.inspection;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 双随机、一公开 as JSON, for anyone (no login): the plans, one plan with its draw's public
 * inputs (enough to repeat the draw, {@link RandomDraw}) and its drawn targets, and the
 * published results. Nothing that is not published leaves here: no findings of a result
 * not yet public or withdrawn, no declared reason of a 回避 beyond its kind. Bad input is
 * an RFC 9457 problem (400) naming the field; an unknown plan or a result not public is
 * 404.
 */
@RestController
@Tag(name = "双随机抽查公示", description = "公众查询抽查计划、抽取的公开输入与结果、已公示的检查结果，无需登录")
class InspectionPublicApiController {

	private final PublicInspections inspections;

	InspectionPublicApiController(PublicInspections inspections) {
		this.inspections = inspections;
	}

	/**
	 * A plan with its draw (or {@code null} before the draw) and its published results.
	 */
	record PlanDetail(PublicInspections.PublicPlan plan, PublicInspections.PublicDraw draw,
			List<PublicInspections.PublicResult> results) {
	}

	@GetMapping("/api/v1/inspection/plans")
	@Operation(summary = "列出全部抽查计划（新的在前）",
			description = "含已作废的计划及作废原因、替代计划编号；status 为 ANNOUNCED（待抽取）、DRAWN（已抽取）或 CANCELLED（已作废）。")
	List<PublicInspections.PublicPlan> plans() {
		return this.inspections.plans();
	}

	@GetMapping("/api/v1/inspection/plans/{id}")
	@Operation(summary = "一个抽查计划：抽取的公开输入、抽中的检查对象及检查人员、回避（仅类别）和已公示的检查结果",
			description = "id 为计划标识（UUID）或计划编号（如 CC-2026-0001）。draw 给出重复抽取所需的全部公开输入：算法版本、签名树头（记录条数、树根、签发时间、密钥编号、签名）、"
					+ "种子原文与种子、按信用代码排序的对象总体、按人员编号排序的执法人员库、抽取数量；算法见 draw.algorithm 对应的公开说明（门户网站计划页“如何重复抽取”）。")
	PlanDetail plan(@Parameter(description = "计划标识（UUID）或计划编号") @PathVariable String id) {
		Plan plan = this.inspections.find(id).orElseThrow(() -> new NotFound(InspectionPortalController.NOT_FOUND));
		return new PlanDetail(this.inspections.plan(plan), this.inspections.draw(plan).orElse(null),
				this.inspections.resultsOf(plan));
	}

	@GetMapping("/api/v1/inspection/results")
	@Operation(summary = "已公示的检查结果（新的在前）",
			description = "含已撤回的结果（status 为“已撤回”，附撤回原因，不再给出检查结果和检查情况）；按 result 筛选时只返回未撤回的。个人信息已按规定隐去。")
	PublicInspections.ResultPage results(
			@Parameter(description = "检查年份，如 2026") @RequestParam(required = false) String year,
			@Parameter(description = "检查结果：未发现问题、责令整改、移送立案、其他") @RequestParam(required = false) String result,
			@Parameter(description = "跳过的条数") @RequestParam(defaultValue = "0") String offset,
			@Parameter(description = "每页条数（1–100）") @RequestParam(defaultValue = "20") String limit) {
		ResultFilter filter = ResultFilter.parse(year, result);
		int skip = number("offset", offset);
		int size = number("limit", limit);
		if (skip < 0 || skip > 1_000_000) {
			throw InputRejected.invalid("offset", "跳过的条数应在 0 到 1000000 之间");
		}
		if (size < 1 || size > 100) {
			throw InputRejected.invalid("limit", "每页条数应在 1 到 100 之间");
		}
		return this.inspections.results(filter.year(), filter.result(), skip, size);
	}

	@GetMapping("/api/v1/inspection/results/{id}")
	@Operation(summary = "一项已公示的检查结果及其公示记录（公示、更正、撤回）", description = "id 为抽查任务标识；尚未公示的结果返回 404。")
	PublicInspections.PublicResult result(@Parameter(description = "抽查任务标识（UUID）") @PathVariable UUID id) {
		return this.inspections.result(id).orElseThrow(() -> new NotFound("未找到该抽查结果，或尚未公示"));
	}

	private static int number(String field, String value) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InputRejected.invalid(field, "应为整数");
		}
	}

}
