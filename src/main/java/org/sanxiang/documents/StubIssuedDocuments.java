package org.sanxiang.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** Placeholder until documents are issued and stored: none. */
@Component
class StubIssuedDocuments implements IssuedDocuments {

	@Override
	public List<IssuedDocument> ofCase(UUID caseId) {
		return List.of();
	}

	@Override
	public Optional<IssuedDocument> byNumber(String number) {
		return Optional.empty();
	}

	@Override
	public byte[] pdf(UUID documentId) {
		throw new IllegalStateException("no documents yet");
	}

}
