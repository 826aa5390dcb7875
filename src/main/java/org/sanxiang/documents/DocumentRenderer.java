package org.sanxiang.documents;

/**
 * Draws a {@link PrintedDocument} as a PDF (A4, GB/T 9704-2012 layout) with the embedded
 * CJK font, so that text extracted from it equals {@link PrintedDocument#lines()} once
 * whitespace is removed. Thread-safe.
 */
interface DocumentRenderer {

	/** The PDF bytes; throws {@link IllegalArgumentException} on text it cannot draw. */
	byte[] render(PrintedDocument document);

}
