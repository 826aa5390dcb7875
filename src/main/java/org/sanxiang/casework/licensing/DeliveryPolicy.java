package org.sanxiang.casework.licensing;

/**
 * 送达 (行政许可法 第四十四条; the 民事诉讼法 delivery provisions applied by reference): by 直接, 邮寄, 电子, 留置
 * or 公告, each with its proof; 留置 and 公告 also pass the audio/video gate (JL-3b, in
 * {@link MediaRecordPolicy}). Lateness (a licence after the 10 working days of 第四十四条,
 * XK-44) is recorded on the event and shown by the delivery clock; it does not block
 * delivery, since refusing a late delivery would only delay the party further.
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
