package org.sanxiang.disclosure.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.sanxiang.disclosure.Publication;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionFeedTests {

	@Test
	void feedIsWellFormedAtomWithAWithdrawalAsAnUpdatedEntry() throws Exception {
		Publication kept = Samples.published("新田华兴能源有限公司", "同意");
		Publication withdrawn = Samples.withdrawn("新田县永兴建材有限公司", "许可决定已被依法撤销", Instant.parse("2026-06-05T02:00:00Z"));
		Document feed = parse(write(List.of(withdrawn, kept)));

		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(DecisionFeed.ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "id")).isEqualTo("https://gs.example.cn/decisions.atom");
		assertThat(text(root, "updated")).isEqualTo("2026-06-05T10:00:00+08:00");
		NodeList entries = root.getElementsByTagNameNS(DecisionFeed.ATOM, "entry");
		assertThat(entries.getLength()).isEqualTo(2);
		Element first = (Element) entries.item(0);
		assertThat(text(first, "id")).isEqualTo("urn:uuid:" + withdrawn.id());
		assertThat(text(first, "title")).startsWith("【已撤回】准予许可：新田县永兴建材有限公司");
		assertThat(text(first, "updated")).isEqualTo("2026-06-05T10:00:00+08:00");
		assertThat(text(first, "published")).isEqualTo("2026-06-01T10:00:00+08:00");
		assertThat(text(first, "summary")).startsWith("已撤回：许可决定已被依法撤销");
		Element link = (Element) first.getElementsByTagNameNS(DecisionFeed.ATOM, "link").item(0);
		assertThat(link.getAttribute("href")).isEqualTo("https://gs.example.cn/decisions/" + withdrawn.id());
		assertThat(text((Element) entries.item(1), "title")).isEqualTo("准予许可：新田华兴能源有限公司（新发改许〔2026〕12号）");
	}

	@Test
	void titlesAndTextAreEscapedAndCharactersXmlCannotCarryAreDropped() throws Exception {
		Publication nasty = Samples.published("<script>alert(1)</script> & \"甲\" \u0001公司", "内容 </summary><x>");
		String xml = write(List.of(nasty));
		// "<" is always escaped; whether ">" is too depends on the StAX implementation
		// (both are valid XML)
		assertThat(xml).doesNotContain("<script>", "<x>").contains("&lt;script");
		Document feed = parse(xml);
		Element entry = (Element) feed.getElementsByTagNameNS(DecisionFeed.ATOM, "entry").item(0);
		assertThat(text(entry, "title")).isEqualTo("准予许可：<script>alert(1)</script> & \"甲\" 公司（新发改许〔2026〕12号）");
		assertThat(text(entry, "summary")).contains("内容 </summary><x>");
	}

	@Test
	void latestKeepsTheNewestChangesFirstWithinTheLimit() {
		List<Publication> all = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			all.add(Samples.publishedAt("公司" + i, Samples.PUBLISHED_AT.plusSeconds(i * 60L)));
		}
		Publication withdrawnLater = Samples.withdrawn("撤回公司", "已撤销", Samples.PUBLISHED_AT.plusSeconds(86400));
		all.add(withdrawnLater);
		List<Publication> latest = DecisionFeed.latest(Samples.decisions(all), 50);
		assertThat(latest).hasSize(50);
		assertThat(latest.get(0)).isEqualTo(withdrawnLater);
		assertThat(latest.get(1).partyName()).isEqualTo("公司119");
		assertThat(latest.get(49).partyName()).isEqualTo("公司71");
	}

	@Test
	void anEmptyFeedIsStillValid() throws Exception {
		Document feed = parse(write(List.of()));
		assertThat(feed.getDocumentElement().getElementsByTagNameNS(DecisionFeed.ATOM, "entry").getLength()).isZero();
		assertThat(text(feed.getDocumentElement(), "updated")).isEqualTo("2026-06-01T10:00:00+08:00");
	}

	static String write(List<Publication> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DecisionFeed.write(out, entries, ExportsTests.CONTEXT, Samples.PUBLISHED_AT);
		return out.toString(StandardCharsets.UTF_8);
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(DecisionFeed.ATOM, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

}
