package org.sanxiang.disclosure.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.disclosure.PublishedDecisions;

/** Publications in memory for the fast tests of the exports and the feed. */
final class Samples {

	static final Instant PUBLISHED_AT = Instant.parse("2026-06-01T02:00:00Z");

	private Samples() {
	}

	static Publication published(String partyName, String content) {
		return new Publication(UUID.randomUUID(), UUID.randomUUID(), "XK-20260601-0001", "准予许可", "XK-002",
				"固定资产投资项目节能审查", partyName, "法人及非法人组织", "91431128MA4L0A0B1X", "张三", "准予行政许可决定书", "新发改许〔2026〕12号", "核准",
				null, null, content, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2099, 12, 31),
				"新田县发展和改革局", "11431128006123458Q", "有效", "新田县发展和改革局", "11431128006123458Q", null,
				PublicationStatus.PUBLISHED, LocalDate.of(2026, 6, 10), PUBLISHED_AT, null, null, null, 42L);
	}

	static Publication withdrawn(String partyName, String reason, Instant at) {
		Publication p = published(partyName, "同意");
		return new Publication(p.id(), p.caseId(), p.caseNumber(), p.action(), p.itemCode(), p.itemName(),
				p.partyName(), p.partyCategory(), p.partyCreditCode(), p.legalRepresentative(), p.documentTitle(),
				p.documentNumber(), p.licenceCategory(), p.certificateName(), p.certificateNumber(), p.content(),
				p.decidedOn(), p.validFrom(), p.validTo(), p.authority(), p.authorityCode(), p.currentStatus(),
				p.sourceUnit(), p.sourceUnitCode(), "备注", PublicationStatus.WITHDRAWN, p.dueOn(), p.publishedAt(),
				p.disclosureUntil(), at, reason, p.journalSeq());
	}

	static Publication publishedAt(String partyName, Instant at) {
		Publication p = published(partyName, "同意");
		return new Publication(p.id(), p.caseId(), p.caseNumber(), p.action(), p.itemCode(), p.itemName(),
				p.partyName(), p.partyCategory(), p.partyCreditCode(), p.legalRepresentative(), p.documentTitle(),
				p.documentNumber(), p.licenceCategory(), p.certificateName(), p.certificateNumber(), p.content(),
				p.decidedOn(), p.validFrom(), p.validTo(), p.authority(), p.authorityCode(), p.currentStatus(),
				p.sourceUnit(), p.sourceUnitCode(), p.remarks(), p.status(), p.dueOn(), at, p.disclosureUntil(),
				p.withdrawnAt(), p.withdrawalReason(), p.journalSeq());
	}

	/** Serves exactly the given publications as "public today". */
	static PublishedDecisions decisions(List<Publication> publications) {
		return new PublishedDecisions() {

			@Override
			public Changes changedSince(java.time.Instant since) {
				return new Changes(List.of(), java.time.Instant.now());
			}

			@Override
			public Page list(PublicationQuery query) {
				return new Page(publications, publications.size());
			}

			@Override
			public Optional<Publication> find(UUID id) {
				return publications.stream().filter(p -> p.id().equals(id)).findFirst();
			}

			@Override
			public void forEachPublic(Consumer<Publication> action) {
				publications.forEach(action);
			}

			@Override
			public List<Publication> ofCase(UUID caseId) {
				return List.of();
			}

			@Override
			public List<HistoryEntry> history(UUID id) {
				return List.of();
			}

			@Override
			public LocalDate today() {
				return LocalDate.of(2026, 6, 1);
			}

		};
	}

}
