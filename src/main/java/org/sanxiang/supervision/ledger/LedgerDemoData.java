package org.sanxiang.supervision.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Xintian bureau's leadership group and its work plan's ledger as demo data, made
 * once into a demo installation (never in production, {@link Installation#demo()} false),
 * after the catalog's demo data whose units and officers it names, in one transaction and
 * journaled like any change. Members who are not demo officers are fictional (示例); the
 * office phone is made up. On 2026-06-01 five tasks are done, two in progress and one
 * (音像记录设备配备) overdue.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 160)
class LedgerDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LedgerDemoData.class);

	static final String ACTOR = "system";

	static final String OVERDUE_TITLE = "制定音像记录事项清单，配备执法记录仪等音像记录设备";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Installation installation;

	private final Catalog catalog;

	private final LeadershipGroup group;

	private final LedgerTasks tasks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	LedgerDemoData(Installation installation, Catalog catalog, LeadershipGroup group, LedgerTasks tasks,
			ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.installation = installation;
		this.catalog = catalog;
		this.group = group;
		this.tasks = tasks;
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || this.catalog.unit("FGG").isEmpty() || !this.group.members().isEmpty()
				|| this.tasks.exists("制定行政执法三项制度实施方案")) {
			return;
		}
		this.transaction.executeWithoutResult(status -> load());
		log.info("已载入演示数据：行政执法工作领导小组（{}名成员）和落实台账（{}项任务）", this.group.members().size(), this.tasks.all().size());
	}

	private void load() {
		member("LEADER", "李明远", "党组书记、局长", "JLD", "director");
		member("DEPUTY", "孙振华（示例）", "党组成员、总经济师（分管行政执法工作）", "JLD", null);
		member("MEMBER", "王晓红", "法规股股长", "FGG", "reviewer");
		member("MEMBER", "黄建军（示例）", "粮食调控股股长", "LSTK", null);
		member("MEMBER", "张建华", "投资股股长", "TZK", null);
		member("MEMBER", "刘思源", "能源股副股长（主持工作）", "NYK", null);
		member("MEMBER", "谢芳（示例）", "价格股股长", "JGK", null);
		member("MEMBER", "邓国平（示例）", "办公室主任", "BGS", null);
		this.group.saveOffice("FGG", "0746-4700005（虚构）",
				"承担领导小组日常工作：组织落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，建立落实台账，开展督查，汇总考核结果。", ACTOR);

		task("制定行政执法三项制度实施方案", LedgerCategory.RULES, "FGG", "reviewer", "2026-03-31", "2026-03-20",
				"实施方案经局党组会议审定印发，明确责任分工和时间安排。");
		task("制定公示、全过程记录、法制审核配套制度", LedgerCategory.RULES, "FGG", "reviewer", "2026-05-31", "2026-05-25",
				"印发行政执法公示办法、执法全过程记录办法和重大执法决定法制审核办法。");
		task("事前公开：执法主体、人员、职责、权限、依据、程序、救济渠道和随机抽查事项清单", LedgerCategory.PRIOR_DISCLOSURE, "BGS", "邓国平（示例）", "2026-04-30",
				"2026-04-28", "已在门户网站和政务服务窗口公示，随机抽查事项清单同步更新。");
		task("编制重大执法决定法制审核目录清单", LedgerCategory.REVIEW_CATALOGUE, "FGG", "reviewer", "2026-05-15", "2026-05-10",
				"目录清单经局长办公会审定并公布。");
		task("统一执法告知文书，告知当事人权利义务和救济途径", LedgerCategory.NOTIFICATION, "TZK", "张建华", "2026-05-29", "2026-05-27",
				"投资、能源、价格股使用统一的执法告知文书模板。");
		task("执法人员持证上岗，执法时主动出示执法证件", LedgerCategory.SHOWING_CERTIFICATES, "FGG", "reviewer", "2026-12-31", null, null);
		task("行政许可决定自作出之日起7个工作日内公开", LedgerCategory.LATER_DISCLOSURE, "ZWFW", "clerk", "2026-12-31", null, null);
		task("规范执法文书制作和案卷管理，做到文字记录全程留痕", LedgerCategory.WRITTEN_RECORD, "BGS", "邓国平（示例）", "2026-12-31", null, null);
		task(OVERDUE_TITLE, LedgerCategory.AUDIO_VIDEO, "LSTK", "黄建军（示例）", "2026-05-29", null, null);
	}

	private void member(String role, String name, String post, String unit, String account) {
		this.group.add(new LeadershipGroup.MemberForm(role, name, post, unit, account), ACTOR);
	}

	private void task(String title, LedgerCategory category, String unit, String owner, String deadline,
			String completedOn, String summary) {
		UUID id = UUID.randomUUID();
		LocalDate due = LocalDate.parse(deadline);
		Instant created = LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(CHINA).toInstant();
		this.tasks.insert(id, title, category, unit, owner, due, ACTOR, created);
		this.events.publishEvent(new LedgerTaskCreated(id, title, category.name(), unit, owner, due, ACTOR, created));
		if (category == LedgerCategory.SHOWING_CERTIFICATES || category == LedgerCategory.LATER_DISCLOSURE) {
			Instant at = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(CHINA).toInstant();
			String note = "已部署落实，正在逐股室检查。";
			long noteId = this.tasks.addNote(id, ACTOR, at, note);
			this.events.publishEvent(new LedgerNoteRecorded(id, noteId, Ledger.sha256(note), ACTOR, at));
		}
		if (completedOn != null) {
			LocalDate on = LocalDate.parse(completedOn);
			this.tasks.complete(id, on, ACTOR, summary);
			this.events.publishEvent(new LedgerTaskCompleted(id, on, Ledger.sha256(summary), ACTOR,
					on.atTime(17, 0).atZone(CHINA).toInstant()));
		}
	}

}
