package org.sanxiang.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's complaint API: the same visibility as the console (a complaint naming an
 * officer is never returned to that officer's account), RFC 9457 problems on bad input.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@PreAuthorize("hasAnyRole('DIRECTOR', 'SUPERVISOR')")
@Tag(name = "投诉举报", description = "投诉举报的办理：列表、详情和答复（负责人 DIRECTOR、督查 SUPERVISOR；涉及具名执法人员的仅督查可见，且被投诉人本人不可见）")
class ComplaintApiController {

	private final ComplaintDesk desk;

	private final Clock clock;

	ComplaintApiController(ComplaintDesk desk, Clock clock) {
		this.desk = desk;
		this.clock = clock;
	}

	/** A complaint as staff read it through the API. */
	record ComplaintView(String number, String kind, String status, String queue, String unitCode, String officerName,
			String certificateNo, String caseNumber, String content, String contactName, String contactPhone,
			boolean anonymous, Instant receivedAt, LocalDate deadline, boolean overdue, String handler, String reply,
			Instant repliedAt) {

		static ComplaintView of(Complaint c, LocalDate today) {
			return new ComplaintView(c.number(), c.kind().label(), c.status().label(), c.queue().label(), c.unitCode(),
					c.officerName(), c.certificateNo(), c.caseNumber(), c.content(), c.contactName(), c.contactPhone(),
					c.anonymous(), c.receivedAt(), c.deadline(), c.overdueOn(today), c.handler(), c.reply(),
					c.repliedAt());
		}

	}

	/** The reply to the complainant. */
	record ReplyRequest(String reply) {
	}

	@GetMapping
	@Operation(summary = "投诉举报列表", description = "当前用户可办理的投诉举报（最近的在前），含状态、答复期限和是否超期。")
	List<ComplaintView> list(Authentication who) {
		LocalDate today = LocalDate.now(this.clock);
		return this.desk.visibleTo(Viewers.of(who)).stream().map(c -> ComplaintView.of(c, today)).toList();
	}

	@GetMapping("/{number}")
	@Operation(summary = "投诉举报详情", description = "不存在或当前用户无权查看时均返回 404。")
	ComplaintView get(@PathVariable String number, Authentication who) {
		return ComplaintView.of(this.desk.open(number, Viewers.of(who)).complaint(), LocalDate.now(this.clock));
	}

	@PostMapping("/{number}/reply")
	@Operation(summary = "答复投诉举报", description = "答复内容不能为空，不超过2000字；已办结的不能再答复（422）。答复显示在公众查询页面。")
	ComplaintView reply(@PathVariable String number, @RequestBody(required = false) ReplyRequest body,
			Authentication who) {
		Complaint replied = this.desk.reply(number, body == null ? null : body.reply(), Viewers.of(who));
		return ComplaintView.of(replied, LocalDate.now(this.clock));
	}

}
