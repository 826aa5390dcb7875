package org.sanxiang.casework.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a decision reached the party (送达), each method with the proof it needs. The methods
 * follow the 民事诉讼法 provisions applied by reference (第八十七条 直接/送达回证, 第八十九条 留置, 第九十条 电子,
 * 第九十一条 邮寄, 第九十五条 公告); 留置 and 公告 are also recorded on audio/video (JL-3b).
 */
public sealed interface Delivery {

	/** 送达方式, e.g. {@code 直接送达}. */
	String method();

	/** The proof, as one line for the record. */
	String proof();

	/** The missing pieces of proof (Chinese field names); empty when complete. */
	List<String> missingProof();

	/**
	 * Whether the delivery must be recorded on audio/video (JL-3b: 留置 and 公告); the other
	 * methods leave their own proof.
	 */
	default boolean recorded() {
		return false;
	}

	/** 直接送达: 送达回证 signed by the receiver with the date. */
	record Direct(String receiver, LocalDate signedOn) implements Delivery {

		public String method() {
			return "直接送达";
		}

		public String proof() {
			return "送达回证：" + this.receiver + " 于 " + this.signedOn + " 签收";
		}

		public List<String> missingProof() {
			return missing("签收人", this.receiver, "签收日期", this.signedOn);
		}

	}

	/**
	 * 邮寄送达: postal tracking number and the date of receipt shown by the postal record.
	 */
	record Postal(String trackingNumber, LocalDate receivedOn) implements Delivery {

		public String method() {
			return "邮寄送达";
		}

		public String proof() {
			return "邮寄单号 " + this.trackingNumber + "，" + this.receivedOn + " 签收";
		}

		public List<String> missingProof() {
			return missing("邮寄单号", this.trackingNumber, "签收日期", this.receivedOn);
		}

	}

	/** 电子送达: only with the party's consent; the system's receipt of arrival. */
	record Electronic(String consentReference, String receiptId) implements Delivery {

		public String method() {
			return "电子送达";
		}

		public String proof() {
			return "送达地址确认书 " + this.consentReference + "，电子回执 " + this.receiptId;
		}

		public List<String> missingProof() {
			return missing("同意电子送达的确认", this.consentReference, "电子回执", this.receiptId);
		}

	}

	/**
	 * 留置送达: the receiver refused to sign; the document is left at the address before a
	 * witness, or with the delivery recorded on audio/video (民事诉讼法 第八十九条). For licensing
	 * the recording is required in any case (JL-3b): it is an evidence item of the
	 * activity 送达 attached to the case, not a field of the proof.
	 */
	record LeftAtAddress(String receiver, String witness) implements Delivery {

		public String method() {
			return "留置送达";
		}

		public String proof() {
			return "受送达人 " + this.receiver + " 拒收，见证人 " + (blank(this.witness) ? "无" : this.witness)
					+ "，送达过程见本案“送达”音像记录";
		}

		public List<String> missingProof() {
			return missing("受送达人", this.receiver);
		}

		@Override
		public boolean recorded() {
			return true;
		}

	}

	/**
	 * 公告送达: only when other methods failed; where and when it was published, the posting
	 * recorded on audio/video (JL-3b).
	 */
	record Public(String whyOtherMethodsFailed, String medium, LocalDate publishedOn) implements Delivery {

		public String method() {
			return "公告送达";
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
