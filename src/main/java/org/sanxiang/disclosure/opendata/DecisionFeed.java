package org.sanxiang.disclosure.opendata;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;

/**
 * The Atom feed of decisions (RFC 4287): the latest public publications by their last
 * change, one entry per publication (id {@code urn:uuid:} of the publication, so a reader
 * sees a withdrawal as an update of the entry it already has, with the explanation,
 * GS-4). Written with the JDK's StAX writer, which escapes text and attributes;
 * characters XML 1.0 cannot carry are dropped first.
 */
final class DecisionFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	/** Newest change first; ties by id, so the order is stable. */
	static final Comparator<Publication> NEWEST_FIRST = Comparator.comparing(DecisionFeed::updated)
		.reversed()
		.thenComparing(p -> p.id().toString());

	private DecisionFeed() {
	}

	/**
	 * When a publication last changed in public: its withdrawal, else its publication.
	 */
	static Instant updated(Publication p) {
		Instant updated = p.withdrawnAt() != null ? p.withdrawnAt() : p.publishedAt();
		return updated == null ? Instant.EPOCH : updated;
	}

	/**
	 * The {@code limit} publications changed last, from one pass over the public ones
	 * (keeps only {@code limit} in memory).
	 */
	static List<Publication> latest(PublishedDecisions decisions, int limit) {
		PriorityQueue<Publication> kept = new PriorityQueue<>(limit + 1, NEWEST_FIRST.reversed());
		decisions.forEachPublic(p -> {
			kept.add(p);
			if (kept.size() > limit) {
				kept.poll();
			}
		});
		List<Publication> latest = new ArrayList<>(kept);
		latest.sort(NEWEST_FIRST);
		return latest;
	}

	static void write(OutputStream out, List<Publication> entries, ExportContext context, Instant now) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
			element(xml, "id", context.link("/decisions.atom"));
			element(xml, "title", "行政许可决定公示");
			element(xml, "subtitle", "行政许可决定的公示、更正与撤回（国办发〔2018〕118号）");
			element(xml, "updated", context.time(entries.isEmpty() ? now : updated(entries.get(0))));
			link(xml, "self", "application/atom+xml", context.link("/decisions.atom"));
			link(xml, "alternate", "text/html", context.link("/decisions"));
			xml.writeStartElement("author");
			element(xml, "name", entries.isEmpty() ? "行政执法公示" : entries.get(0).authority());
			xml.writeEndElement();
			for (Publication p : entries) {
				entry(xml, p, context);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Atom feed could not be written", ex);
		}
	}

	private static void entry(XMLStreamWriter xml, Publication p, ExportContext context) throws XMLStreamException {
		boolean withdrawn = p.status() == PublicationStatus.WITHDRAWN;
		xml.writeStartElement("entry");
		element(xml, "id", "urn:uuid:" + p.id());
		element(xml, "title", title(p));
		element(xml, "updated", context.time(updated(p)));
		if (p.publishedAt() != null) {
			element(xml, "published", context.time(p.publishedAt()));
		}
		link(xml, "alternate", "text/html", context.link("/decisions/" + p.id()));
		xml.writeStartElement("author");
		element(xml, "name", p.authority());
		xml.writeEndElement();
		xml.writeEmptyElement("category");
		xml.writeAttribute("term", clean(p.itemCode()));
		xml.writeAttribute("label", clean(p.itemName()));
		StringBuilder summary = new StringBuilder();
		if (withdrawn) {
			summary.append("已撤回：").append(nullToEmpty(p.withdrawalReason())).append('\n');
		}
		summary.append("事项：").append(p.itemName()).append('\n');
		summary.append("决定：").append(p.action()).append('，').append(p.decidedOn()).append('\n');
		summary.append("行政相对人：").append(p.partyName()).append('\n');
		if (p.documentNumber() != null) {
			summary.append("文书号：").append(p.documentNumber()).append('\n');
		}
		summary.append("许可内容：").append(nullToEmpty(p.content())).append('\n');
		summary.append("当前状态：").append(p.currentStatus());
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(clean(summary.toString()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	static String title(Publication p) {
		String title = p.action() + "：" + p.partyName()
				+ (p.documentNumber() == null ? "" : "（" + p.documentNumber() + "）");
		return p.status() == PublicationStatus.WITHDRAWN ? "【已撤回】" + title : title;
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", clean(href));
	}

	/** Drops what XML 1.0 cannot carry (control characters, lone surrogates). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| (c >= 0x10000 && c <= 0x10FFFF)) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
