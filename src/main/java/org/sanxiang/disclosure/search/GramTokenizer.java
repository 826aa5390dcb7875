package org.sanxiang.disclosure.search;

import java.io.IOException;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Every character of the normalised text as a unigram at its position, and the bigram
 * that starts there at the same position. A query of n ≥ 2 characters is then the phrase
 * of its bigrams, which matches exactly the values that contain it: no word segmentation
 * stands between the query and the record (smartcn alone splits 新田华兴 into 新/田华/兴).
 */
final class GramTokenizer extends Tokenizer {

	private final UnaryOperator<String> normaliser;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private int[] chars = new int[0];

	private int next;

	private boolean bigramNext;

	private int length;

	GramTokenizer(UnaryOperator<String> normaliser) {
		this.normaliser = normaliser;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[256];
		for (int n = this.input.read(buffer); n != -1; n = this.input.read(buffer)) {
			text.append(buffer, 0, n);
		}
		this.length = text.length();
		this.chars = this.normaliser.apply(text.toString()).codePoints().toArray();
		this.next = 0;
		this.bigramNext = false;
	}

	@Override
	public boolean incrementToken() {
		clearAttributes();
		if (this.next >= this.chars.length) {
			return false;
		}
		int at = this.next;
		this.term.setEmpty();
		if (this.bigramNext) {
			appendCodePoint(this.chars[at]);
			appendCodePoint(this.chars[at + 1]);
			this.position.setPositionIncrement(0);
			this.bigramNext = false;
			this.next++;
		}
		else {
			appendCodePoint(this.chars[at]);
			this.position.setPositionIncrement(1);
			this.bigramNext = at + 1 < this.chars.length;
			if (!this.bigramNext) {
				this.next++;
			}
		}
		return true;
	}

	private void appendCodePoint(int c) {
		if (Character.isBmpCodePoint(c)) {
			this.term.append((char) c);
		}
		else {
			this.term.append(Character.highSurrogate(c)).append(Character.lowSurrogate(c));
		}
	}

	@Override
	public void end() throws IOException {
		super.end();
		int end = correctOffset(this.length);
		this.offset.setOffset(end, end);
	}

	/** An analyzer of one such field. */
	static Analyzer analyzer(UnaryOperator<String> normaliser) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				return new TokenStreamComponents(new GramTokenizer(normaliser));
			}
		};
	}

}
