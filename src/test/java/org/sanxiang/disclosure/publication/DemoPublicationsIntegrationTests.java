package org.sanxiang.disclosure.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run: the demo cases are made with their documents, and the demo decisions
 * are public on first start — each with its 文书号, approved by the demo 负责人 the working day
 * after the decision (on time, GS-3) and recorded in the journal.
 */
@SanxiangIntegrationTest
@TestPropertySource(properties = "sanxiang.demo.documents=true")
class DemoPublicationsIntegrationTests {

	@Autowired
	PublishedDecisions decisions;

	@Autowired
	JdbcPublications publications;

	@Test
	void theDemoDecisionsArePublicWithTheirDocumentNumbersOnFirstStart() {
		List<Publication> listed = this.decisions.list(PublicationQuery.all(0, 100)).items();
		assertThat(listed).extracting(Publication::partyName).contains("新田县示例新能源有限公司", "新田县示例城市建设有限公司");
		for (Publication p : listed) {
			if (!p.partyName().startsWith("新田县示例")) {
				continue;
			}
			assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(p.documentNumber()).as(p.partyName()).startsWith("新发改许〔");
			assertThat(p.journalSeq()).isNotNull();
			LocalDate publishedOn = LocalDate.ofInstant(p.publishedAt(), ZoneId.of("Asia/Shanghai"));
			assertThat(publishedOn).isAfterOrEqualTo(p.decidedOn()).isBeforeOrEqualTo(p.dueOn());
			assertThat(this.decisions.history(p.id())).extracting("change").containsExactly("公示");
		}
	}

}
