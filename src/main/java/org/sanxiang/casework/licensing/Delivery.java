package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a decision reached the party (送达), each method with the proof it needs and the day
 * the law counts as the day of delivery. The methods follow the 民事诉讼法 (2023) provisions
 * applied by reference (第八十七条 送达回证, 第八十八条 直接, 第八十九条 留置, 第九十条 电子, 第九十一条 邮寄, 第九十五条 公告); 留置
 * and 公告 are also recorded on audio/video (JL-3b).
 */
public sealed interface Delivery {

	/** 公告送达 counts as delivered once this many days have passed since the notice. */
	int PUBLIC_NOTICE_DAYS = 30;

	/** 送达方式, e.g. {@code 直接送达}. */
	String method();

	/** The proof, as one line for the record. */
	String proof();

	/** The missing pieces of proof (Chinese field names); empty when complete. */
	List<String> missingProof();

	/**
	 * The day of delivery as the law counts it for this method, from its proof — not a
	 * day typed separately; {@code null} while the proof lacks it.
	 */
	LocalDate deliveredOn();

	/** Where {@link #deliveredOn()} comes from, for a refusal that names it. */
	String deliveredOnSource();

	/**
	 * Whether the signed 送达回证 or the postal receipt is the proof, so that its scan is
	 * attached to the case (JL-2: 送达回证 are part of the written record).
	 */
	default boolean signedReceipt() {
		return false;
	}

	/**
	 * Whether the delivery must be recorded on audio/video (JL-3b: 留置 and 公告); the other
	 * methods leave their own proof.
	 */
	default boolean recorded() {
		return false;
	}

	/**
	 * 直接送达: 送达回证 signed by the receiver with the date; the day signed is the day of
	 * delivery (民事诉讼法 第八十七条: 受送达人在送达回证上的签收日期为送达日期).
	 */
	record Direct(String receiver, LocalDate signedOn) implements Delivery {

		public String method() {
			return "直接送达";
		}

		public LocalDate deliveredOn() {
			return this.signedOn;
		}

		public String deliveredOnSource() {
			return "送达回证上的签收日期";
		}

		@Override
		public boolean signedReceipt() {
			return true;
		}

		public String proof() {
			return "送达回证：" + this.receiver + " 于 " + this.signedOn + " 签收";
		}

		public List<String> missingProof() {
			return missing("签收人", this.receiver, "签收日期", this.signedOn);
		}

	}

	/**
	 * 邮寄送达: postal tracking number and the date of receipt the postal receipt shows,
	 * which is the day of delivery (民事诉讼法 第九十一条: 邮寄送达的，以回执上注明的收件日期为送达日期).
	 */
	record Postal(String trackingNumber, LocalDate receivedOn) implements Delivery {

		public String method() {
			return "邮寄送达";
		}

		public LocalDate deliveredOn() {
			return this.receivedOn;
		}

		public String deliveredOnSource() {
			return "邮件回执上注明的收件日期";
		}

		@Override
		public boolean signedReceipt() {
			return true;
		}

		public String proof() {
			return "邮寄单号 " + this.trackingNumber + "，" + this.receivedOn + " 签收";
		}

		public List<String> missingProof() {
			return missing("邮寄单号", this.trackingNumber, "签收日期", this.receivedOn);
		}

	}

	/**
	 * 电子送达: only with the party's consent; the system's receipt of arrival and its date,
	 * the day the document reached the party's system, which is the day of delivery
	 * (民事诉讼法 第九十条第二款: 以送达信息到达受送达人特定系统的日期为送达日期).
	 */
	record Electronic(String consentReference, String receiptId, LocalDate receivedOn) implements Delivery {

		/** A delivery recorded before the receipt's date was asked for. */
		public Electronic(String consentReference, String receiptId) {
			this(consentReference, receiptId, null);
		}

		public String method() {
			return "电子送达";
		}

		public String proof() {
			return "送达地址确认书 " + this.consentReference + "，电子回执 " + this.receiptId
					+ (this.receivedOn == null ? "" : "，" + this.receivedOn + " 到达");
		}

		public List<String> missingProof() {
			return missing("同意电子送达的确认", this.consentReference, "电子回执", this.receiptId, "电子回执上的到达日期", this.receivedOn);
		}

		public LocalDate deliveredOn() {
			return this.receivedOn;
		}

		public String deliveredOnSource() {
			return "电子回执上的到达日期";
		}

	}

	/**
	 * 留置送达: the receiver refused to sign; the document is left at the address before a
	 * witness, or with the delivery recorded on audio/video, and is then deemed delivered
	 * on the day it was left (民事诉讼法 第八十九条). For licensing the recording is required in
	 * any case (JL-3b): it is an evidence item of the activity 送达 attached to the case,
	 * not a field of the proof.
	 */
	record LeftAtAddress(String receiver, String witness, LocalDate leftOn) implements Delivery {

		/** A delivery recorded before the day it was left was asked for. */
		public LeftAtAddress(String receiver, String witness) {
			this(receiver, witness, null);
		}

		public String method() {
			return "留置送达";
		}

		public String proof() {
			return "受送达人 " + this.receiver + " 拒收，" + (this.leftOn == null ? "" : this.leftOn + " 留置于其住所，") + "见证人 "
					+ (blank(this.witness) ? "无" : this.witness) + "，送达过程见本案“送达”音像记录";
		}

		public List<String> missingProof() {
			return missing("受送达人", this.receiver, "留置日期", this.leftOn);
		}

		public LocalDate deliveredOn() {
			return this.leftOn;
		}

		public String deliveredOnSource() {
			return "留置之日";
		}

		@Override
		public boolean recorded() {
			return true;
		}

	}

	/**
	 * 公告送达: only when other methods failed; where and when it was published, the posting
	 * recorded on audio/video (JL-3b). Delivered once 30 days have passed since the
	 * notice (民事诉讼法 第九十五条: 自发出公告之日起，经过三十日，即视为送达).
	 */
	record Public(String whyOtherMethodsFailed, String medium, LocalDate publishedOn) implements Delivery {

		public String method() {
			return "公告送达";
		}

		public LocalDate deliveredOn() {
			return this.publishedOn == null ? null : this.publishedOn.plusDays(PUBLIC_NOTICE_DAYS);
		}

		public String deliveredOnSource() {
			return "发出公告之日起经过三十日";
		}

		public String proof() {
			return "因" + this.whyOtherMethodsFailed + "，于 " + this.publishedOn + " 在" + this.medium + "公告";
		}

		public List<String> missingProof() {
			return missing("无法以其他方式送达的原因", this.whyOtherMethodsFailed, "公告载体", this.medium, "公告日期", this.publishedOn);
		}

		@Override
		public boolean recorded() {
			return true;
		}

	}

	private static List<String> missing(Object... nameValuePairs) {
		List<String> missing = new ArrayList<>();
		for (int i = 0; i < nameValuePairs.length; i += 2) {
			Object value = nameValuePairs[i + 1];
			if (value == null || (value instanceof String s && s.isBlank())) {
				missing.add((String) nameValuePairs[i]);
			}
		}
		return missing;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
