package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.sanxiang.casework.DecisionDelivered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.casework.licensing.LicensingFixtures.*;

/**
 * 送达: the day of delivery is the one the method's proof gives (民事诉讼法 第八十七条 送达回证, 第八十九条
 * 留置, 第九十条 电子, 第九十一条 邮寄, 第九十五条 公告), lateness (XK-44) is judged on it, and 直接 and 邮寄
 * attach the scan of the signed receipt (JL-2).
 */
class DeliveryTests {

	/** Granted on Monday 28 September 2026; the licence is due by 16 October (XK-44). */
	private final LicensingRules rules = rulesOn(day("2026-11-30"));

	private static final MediaRecord RECORDED_DELIVERY = recorded("送达",
			capture("2026-10-08T09:00", "2026-10-12T18:00"));

	private LicensingCase granted() {
		return underReview("2026-09-18")
			.grant(OFFICER, DIRECTOR, day("2026-09-28"), "准予核准", null, "新发改许〔2026〕12号", day("2028-12-31"), this.rules)
			.moved()
			.next();
	}

	private DecisionDelivered delivered(Delivery delivery, ReceiptScans scans, MediaRecord media,
			LicensingRules rules) {
		Outcome.Moved moved = granted().deliver(CLERK, null, delivery, scans, media, rules).moved();
		assertThat(((LicensingState.Delivered) moved.next().state()).deliveredOn())
			.isEqualTo(((DecisionDelivered) moved.event()).deliveredOn());
		return (DecisionDelivered) moved.event();
	}

	@Test
	@DisplayName("民事诉讼法 第八十七条、第八十九条至第九十一条、第九十五条: the day of delivery comes from the proof of each method")
	void theDayOfDeliveryIsTheOneItsProofGives() {
		MediaRecord none = MediaRecord.none("送达");
		assertThat(delivered(new Delivery.Direct("张三", day("2026-10-12")), SCANNED, none, this.rules).deliveredOn())
			.isEqualTo(day("2026-10-12"));
		assertThat(delivered(new Delivery.Postal("EMS1190000000", day("2026-10-14")), SCANNED, none, this.rules)
			.deliveredOn()).isEqualTo(day("2026-10-14"));
		assertThat(delivered(new Delivery.Electronic("送达地址确认书第3号", "R-20261013-1", day("2026-10-13")),
				ReceiptScans.none(), none, this.rules)
			.deliveredOn()).isEqualTo(day("2026-10-13"));
		assertThat(delivered(new Delivery.LeftAtAddress("张三", "村委会主任李某", day("2026-10-12")), ReceiptScans.none(),
				RECORDED_DELIVERY, this.rules)
			.deliveredOn()).isEqualTo(day("2026-10-12"));
		assertThat(delivered(new Delivery.Public("下落不明", "新田县人民政府网", day("2026-10-08")), ReceiptScans.none(),
				RECORDED_DELIVERY, this.rules)
			.deliveredOn()).isEqualTo(day("2026-11-07"));
	}

	@Test
	@DisplayName("送达日期: a day given beside the proof must be the proof's day, or the record would hold two")
	void aDayGivenBesideTheProofMustBeThatDay() {
		TransitionRefused refused = granted()
			.deliver(CLERK, day("2026-10-13"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.refused();
		assertThat(refused.rule()).isEqualTo(Rule.DELIVERY);
		assertThat(refused.reason()).contains("送达回证上的签收日期", "2026-10-12", "2026-10-13");

		assertThat(granted().deliver(CLERK, day("2026-10-12"), new Delivery.Direct("张三", day("2026-10-12")), SCANNED,
				MediaRecord.none("送达"), this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("民事诉讼法 第九十五条: a public notice delivers once thirty days have passed since it was posted, not before")
	void aPublicNoticeDeliversOnlyThirtyDaysAfterItWasPosted() {
		Delivery notice = new Delivery.Public("受送达人下落不明", "新田县人民政府网", day("2026-10-08"));

		TransitionRefused early = granted()
			.deliver(CLERK, null, notice, ReceiptScans.none(), RECORDED_DELIVERY, rulesOn(day("2026-11-06")))
			.refused();
		assertThat(early.rule()).isEqualTo(Rule.DELIVERY);
		assertThat(early.reason()).contains("第九十五条", "2026-10-08", "2026-11-07 视为送达");

		DecisionDelivered delivered = delivered(notice, ReceiptScans.none(), RECORDED_DELIVERY,
				rulesOn(day("2026-11-07")));
		assertThat(delivered.deliveredOn()).isEqualTo(day("2026-11-07"));
		assertThat(delivered.late()).isTrue();
	}

	@Test
	@DisplayName("XK-44 第四十四条: lateness is judged on the day the proof gives, not the day it was recorded")
	void lateDeliveryIsJudgedOnTheProofsDay() {
		assertThat(delivered(new Delivery.Postal("EMS1190000000", day("2026-10-16")), SCANNED, MediaRecord.none("送达"),
				this.rules)
			.late()).isFalse();
		assertThat(delivered(new Delivery.Postal("EMS1190000001", day("2026-10-19")), SCANNED, MediaRecord.none("送达"),
				this.rules)
			.late()).isTrue();
		assertThat(delivered(new Delivery.Electronic("送达地址确认书第3号", "R-1", day("2026-10-19")), ReceiptScans.none(),
				MediaRecord.none("送达"), this.rules)
			.late()).isTrue();
	}

	@Test
	@DisplayName("JL-2: 直接送达 and 邮寄送达 attach the scan of the signed receipt, or say why not; the event names the scans")
	void directAndPostalDeliveryAttachTheScanOfTheSignedReceiptOrSayWhyNot() {
		TransitionRefused direct = granted()
			.deliver(CLERK, null, new Delivery.Direct("张三", day("2026-10-12")), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused();
		assertThat(direct.rule()).isEqualTo(Rule.DELIVERY);
		assertThat(direct.reason()).contains("签收的送达回证扫描件", "说明未附扫描件的原因");
		assertThat(granted()
			.deliver(CLERK, null, new Delivery.Postal("EMS1190000000", day("2026-10-14")), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("邮件回执扫描件");

		DecisionDelivered withoutScan = delivered(new Delivery.Direct("张三", day("2026-10-12")),
				ReceiptScans.missing("回证原件已入纸质卷，扫描件待补传"), MediaRecord.none("送达"), this.rules);
		assertThat(withoutScan.receiptEvidence()).isEmpty();
		assertThat(withoutScan.receiptMissingReason()).isEqualTo("回证原件已入纸质卷，扫描件待补传");

		UUID front = UUID.randomUUID();
		UUID back = UUID.randomUUID();
		DecisionDelivered scanned = delivered(new Delivery.Direct("张三", day("2026-10-12")),
				new ReceiptScans(List.of(front, back, front), "不会记录"), MediaRecord.none("送达"), this.rules);
		assertThat(scanned.receiptEvidence()).containsExactly(front, back);
		assertThat(scanned.receiptMissingReason()).isNull();

		// an electronic receipt is itself the proof
		assertThat(granted().deliver(CLERK, null, new Delivery.Electronic("送达地址确认书第3号", "R-1", day("2026-10-13")),
				ReceiptScans.none(), MediaRecord.none("送达"), this.rules))
			.isInstanceOf(Outcome.Moved.class);
	}

	@Test
	@DisplayName("JL-1: the proof's day is a true record — not before the decision, not in the future")
	void theProofsDayIsNotBeforeTheDecisionNorInTheFuture() {
		assertThat(granted()
			.deliver(CLERK, null, new Delivery.Direct("张三", day("2026-09-27")), SCANNED, MediaRecord.none("送达"),
					this.rules)
			.refused()
			.rule()).isEqualTo(Rule.JL_1);
		assertThat(granted()
			.deliver(CLERK, null, new Delivery.Postal("EMS1190000000", day("2026-12-01")), SCANNED,
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("邮件回执上注明的收件日期", "晚于今天");
	}

	@Test
	@DisplayName("送达凭证: 电子送达 needs the date on its receipt, 留置送达 the day it was left")
	void electronicAndLeftDeliveriesNeedTheirDays() {
		assertThat(granted()
			.deliver(CLERK, null, new Delivery.Electronic("送达地址确认书第3号", "R-1"), ReceiptScans.none(),
					MediaRecord.none("送达"), this.rules)
			.refused()
			.reason()).contains("电子回执上的到达日期");
		assertThat(granted()
			.deliver(CLERK, null, new Delivery.LeftAtAddress("张三", "村委会主任李某"), ReceiptScans.none(), RECORDED_DELIVERY,
					this.rules)
			.refused()
			.reason()).contains("留置日期");
		assertThat(Delivery.PUBLIC_NOTICE_DAYS).isEqualTo(30);
		assertThat(new Delivery.Public("下落不明", "公告栏", LocalDate.of(2026, 12, 31)).deliveredOn())
			.isEqualTo(LocalDate.of(2027, 1, 30));
	}

}
