package org.sanxiang.disclosure.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.disclosure.PublicationFixtures;
import org.sanxiang.disclosure.PublicationFixtures.Row;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixture rows stay (the history is append-only): names here are used by no other test.
 */
@SanxiangIntegrationTest
class PublishedDecisionsIntegrationTests {

	@Autowired
	PublishedDecisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyPublishedOrWithdrawnRowsInsideTheirDisclosurePeriodArePublic() {
		LocalDate day = LocalDate.of(2026, 6, 1);
		Row published = PublicationFixtures.published("新田华兴能源有限公司", "新发改许〔2026〕1号", day).insert(this.jdbc);
		Row withdrawn = PublicationFixtures.published("新田县永兴建材有限公司", "新发改许〔2026〕2号", day)
			.withStatus(PublicationStatus.WITHDRAWN)
			.insert(this.jdbc);
		Row pending = PublicationFixtures.published("待公示公司", null, day)
			.withStatus(PublicationStatus.PENDING)
			.insert(this.jdbc);
		Row expired = PublicationFixtures.published("期满公司", "新发改许〔2026〕3号", day)
			.withDisclosureUntil(LocalDate.of(2020, 1, 1))
			.insert(this.jdbc);

		assertThat(this.decisions.find(published.id())).isPresent();
		assertThat(this.decisions.find(withdrawn.id())).get()
			.satisfies((p) -> assertThat(p.withdrawalReason()).isEqualTo("决定已撤销"));
		assertThat(this.decisions.find(pending.id())).isEmpty();
		assertThat(this.decisions.find(expired.id())).isEmpty();
		assertThat(this.decisions.history(withdrawn.id())).extracting("change").containsExactly("公示", "撤回");

		PublishedDecisions.Page page = this.decisions.list(new PublicationQuery("XK-002", null, day, day, null, 0, 20));
		assertThat(page.items()).extracting("partyName")
			.contains("新田华兴能源有限公司", "新田县永兴建材有限公司")
			.doesNotContain("待公示公司", "期满公司");
		java.util.List<String> all = new java.util.ArrayList<>();
		this.decisions.forEachPublic((p) -> all.add(p.partyName()));
		assertThat(all).contains("新田华兴能源有限公司").doesNotContain("期满公司");
	}

}
