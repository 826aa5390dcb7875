package org.sanxiang.casework.licensing;

/**
 * 音像记录 gate (JL-3, JL-3b, JL-5): an activity that must be recorded on audio/video cannot
 * be recorded as done without at least one item of it attached to the case, unless a 负责人
 * approved a reason for having none.
 */
final class MediaRecordPolicy {

	private MediaRecordPolicy() {
	}

	static Verdict check(boolean required, MediaRecord media) {
		if (!required || media.items() > 0
				|| (media.approvedExemption() != null && !media.approvedExemption().isBlank())) {
			return Verdict.ALLOWED;
		}
		return Verdict.refused("“" + media.activity() + "”应当进行音像记录：本案尚未上传该活动的录音录像，也没有经负责人批准的免于记录理由（如设备故障）。"
				+ "请先在“音像记录”中上传，或由负责人批准免于记录的理由", Rule.JL_3);
	}

}
