package org.sanxiang.casework.licensing;

import java.time.LocalDate;

/**
 * 送达 (行政许可法 第四十四条; the 民事诉讼法 delivery provisions applied by reference): by 直接, 邮寄, 电子, 留置
 * or 公告, each with its proof; 留置 and 公告 also pass the audio/video gate (JL-3b, in
 * {@link MediaRecordPolicy}). The day of delivery is the one the method's proof gives
 * ({@link Delivery#deliveredOn()}), never a day typed beside it. Lateness (a licence
 * after the 10 working days of 第四十四条, XK-44) is judged on that day, recorded on the event
 * and shown by the delivery clock; it does not block delivery, since refusing a late
 * delivery would only delay the party further.
 */
final class DeliveryPolicy {

	private DeliveryPolicy() {
	}

	static Verdict check(Delivery delivery) {
		if (delivery == null) {
			return Verdict.refused("请选择送达方式：直接送达、邮寄送达、电子送达、留置送达或公告送达", Rule.DELIVERY);
		}
		if (!delivery.missingProof().isEmpty()) {
			return Verdict.refused(delivery.method() + "缺少送达凭证：" + String.join("、", delivery.missingProof()),
					Rule.DELIVERY);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * The day of delivery is the method's (民事诉讼法 第八十七条、第九十条、第九十一条、第八十九条、第九十五条): a day the
	 * officer gives besides must be that day, or the record would hold two.
	 */
	static Verdict sameDay(Delivery delivery, LocalDate given) {
		if (given == null || delivery.deliveredOn() == null || given.equals(delivery.deliveredOn())) {
			return Verdict.ALLOWED;
		}
		return Verdict.refused(delivery.method() + "的送达日期以" + delivery.deliveredOnSource() + "为准，即 "
				+ delivery.deliveredOn() + "，与填写的送达日期 " + given + " 不一致。请核对送达凭证，或不填送达日期", Rule.DELIVERY);
	}

	/**
	 * 公告送达 takes effect 30 days after the notice (民事诉讼法 第九十五条): before that the decision
	 * is not yet delivered, and the delivery is recorded when it is.
	 */
	static Verdict noticePeriodOver(Delivery delivery, LocalDate today) {
		if (delivery instanceof Delivery.Public notice && notice.publishedOn() != null
				&& notice.deliveredOn().isAfter(today)) {
			return Verdict.refused("公告送达自发出公告之日起经过三十日，即视为送达（《民事诉讼法》第九十五条）：本案公告于 " + notice.publishedOn() + " 发出，"
					+ notice.deliveredOn() + " 视为送达，届时再登记送达", Rule.DELIVERY);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * 直接送达 and 邮寄送达 rest on a signed paper — the 送达回证 or the postal receipt — whose scan
	 * belongs in the case's written record (JL-2; 民事诉讼法 第八十七条: 送达诉讼文书必须有送达回证): it is
	 * attached, or the officer says why not yet (the scan may follow).
	 */
	static Verdict receiptScanned(Delivery delivery, ReceiptScans scans) {
		if (!delivery.signedReceipt() || !scans.evidence().isEmpty()) {
			return Verdict.ALLOWED;
		}
		if (scans.missingReason() == null) {
			String paper = delivery instanceof Delivery.Postal ? "邮件回执" : "签收的送达回证";
			return Verdict.refused(delivery.method() + "须附" + paper + "扫描件：请先在“音像记录”中以“送达”活动上传扫描件并在此选择，或说明未附扫描件的原因",
					Rule.DELIVERY);
		}
		if (scans.missingReason().length() > 500) {
			return Verdict.refused("未附扫描件的原因不能超过500字", Rule.DELIVERY);
		}
		return Verdict.ALLOWED;
	}

	/**
	 * 留置送达 without any recording of it (a 负责人 approved its absence, JL-5) stands only on
	 * a witness (民事诉讼法 第八十九条).
	 */
	static Verdict witnessed(Delivery delivery, MediaRecord media) {
		if (delivery instanceof Delivery.LeftAtAddress left && media.items() == 0
				&& (left.witness() == null || left.witness().isBlank())) {
			return Verdict.refused("留置送达没有音像记录的，应当有见证人到场并在送达回证上签名：请填写见证人", Rule.DELIVERY);
		}
		return Verdict.ALLOWED;
	}

}
