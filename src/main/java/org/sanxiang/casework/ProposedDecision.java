package org.sanxiang.casework;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The decision about to be made in a case, as the {@link DecisionGuard} sees it: what is
 * done ({@code action}, e.g. 准予行政许可, 撤销行政许可), its text (the grant's content, the
 * refusal's reasons, the revocation's reason) and who approves it. The legal review
 * passes one proposal; the decision issued must be exactly that proposal (SH-1: any
 * change after the review needs a new review), which the {@link #digest()} makes
 * checkable.
 *
 * @param caseId the case
 * @param item the catalog item version the case applies
 * @param action the decision's name, e.g. 准予行政许可
 * @param text the decision's text as it will be issued
 * @param approver the user name of the 负责人 who approves it, or {@code null} for a
 * decision the law makes without one
 */
public record ProposedDecision(CaseId caseId, ItemVersion item, String action, String text, String approver) {

	/**
	 * SM3 (GB/T 32905) of the action and the text, lower-case hex: the same proposal
	 * always has the same digest, and any change to either, even a single character or a
	 * line break, changes it.
	 */
	public String digest() {
		return digestOf(this.action, this.text);
	}

	/** The digest of a proposal with this action and text. */
	public static String digestOf(String action, String text) {
		String normalised = nullToEmpty(text).replace("\r\n", "\n").replace('\r', '\n');
		byte[] bytes = (nullToEmpty(action) + "\n" + normalised).getBytes(StandardCharsets.UTF_8);
		SM3Digest sm3 = new SM3Digest();
		sm3.update(bytes, 0, bytes.length);
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
