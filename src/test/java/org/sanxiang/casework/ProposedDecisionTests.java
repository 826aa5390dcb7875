package org.sanxiang.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProposedDecisionTests {

	private static final ItemVersion ITEM = new ItemVersion("XK-001", 1, "企业投资项目核准");

	@Test
	void digestIsSm3OfActionAndTextSoTheSameProposalAlwaysHasTheSameDigest() {
		ProposedDecision a = new ProposedDecision(
				new CaseId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")), ITEM, "准予行政许可", "准予核准。",
				"director");
		ProposedDecision b = new ProposedDecision(
				new CaseId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")), ITEM, "准予行政许可", "准予核准。",
				"someone-else");
		assertThat(a.digest()).hasSize(64).isEqualTo(b.digest());
	}

	@Test
	void anyChangeToTheTextOrTheActionChangesTheDigest() {
		String reviewed = ProposedDecision.digestOf("准予行政许可", "准予核准。");
		assertThat(ProposedDecision.digestOf("准予行政许可", "准予核准 。")).isNotEqualTo(reviewed);
		assertThat(ProposedDecision.digestOf("准予行政许可", "准予核准。\n")).isNotEqualTo(reviewed);
		assertThat(ProposedDecision.digestOf("不予行政许可", "准予核准。")).isNotEqualTo(reviewed);
	}

	@Test
	void aBrowsersLineEndingsAndAScriptsAreTheSameText() {
		assertThat(ProposedDecision.digestOf("准予许可", "第一条。\r\n第二条。"))
			.isEqualTo(ProposedDecision.digestOf("准予许可", "第一条。\n第二条。"));
	}

}
