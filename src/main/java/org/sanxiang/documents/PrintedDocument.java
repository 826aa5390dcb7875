package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One document laid out as GB/T 9704-2012 arranges it, before it becomes a PDF: 发文机关
 * (issuer), 文号 (number), 标题 (title), 主送 (addressee), 正文 (body), 落款 (signatory), 成文日期
 * (date) and where the seal goes. Pure data: {@link DocumentRenderer} draws it.
 *
 * @param issuer the issuing agency, e.g. 新田县发展和改革局
 * @param number the document number, e.g. 新发改许〔2026〕12号; {@code null} on a preview
 * @param title e.g. 准予行政许可决定书
 * @param addressee the party addressed, e.g. 湖南华兴能源有限公司, or {@code null}
 * @param body the blocks of the 正文, in order
 * @param signatory the 落款, usually the issuer
 * @param date the 成文日期
 * @param seal whether the agency's seal goes over the 落款 and date (印章位置)
 * @param verifyUrl what the QR code points to (the public verification page), or
 * {@code null} on a preview
 * @param watermark text drawn across every page (e.g. 预览 — 无效), or {@code null}
 */
record PrintedDocument(String issuer, String number, String title, String addressee, List<Block> body, String signatory,
		LocalDate date, boolean seal, String verifyUrl, String watermark) {

	PrintedDocument {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(date, "date");
		body = body == null ? List.of() : List.copyOf(body);
	}

	/**
	 * The text a reader sees, in reading order, one line per element: what text extracted
	 * from the PDF must equal once whitespace is removed.
	 */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(this.issuer);
		lines.add(this.title);
		if (this.number != null) {
			lines.add(this.number);
		}
		if (this.addressee != null) {
			lines.add(this.addressee + "：");
		}
		for (Block block : this.body) {
			lines.addAll(block.lines());
		}
		lines.add(this.signatory);
		lines.add(DocumentDates.chinese(this.date));
		return lines;
	}

	/** One element of the 正文. */
	sealed interface Block {

		List<String> lines();

		/**
		 * The same block with every text passed through {@code f} (placeholders filled).
		 */
		Block map(UnaryOperator<String> f);

	}

	/** A paragraph, indented two characters. */
	record Paragraph(String text) implements Block {

		public Block map(UnaryOperator<String> f) {
			return new Paragraph(f.apply(this.text));
		}

		public List<String> lines() {
			return List.of(this.text);
		}

	}

	/** A heading inside the body, e.g. 一、申请事项. */
	record Heading(String text) implements Block {

		public Block map(UnaryOperator<String> f) {
			return new Heading(f.apply(this.text));
		}

		public List<String> lines() {
			return List.of(this.text);
		}

	}

	/** A labelled value on its own line, as forms and records (笔录, 回证) print them. */
	record Field(String label, String value) implements Block {

		public Block map(UnaryOperator<String> f) {
			return new Field(f.apply(this.label), this.value == null ? null : f.apply(this.value));
		}

		public List<String> lines() {
			return List.of(this.label + "：" + (this.value == null ? "" : this.value));
		}

	}

	/** A ruled table, e.g. the materials received or the documents served. */
	record Table(List<String> header, List<List<String>> rows) implements Block {

		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}

		public Block map(UnaryOperator<String> f) {
			return new Table(this.header, this.rows.stream().map((row) -> row.stream().map(f).toList()).toList());
		}

		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add(String.join("", this.header));
			this.rows.forEach((row) -> lines.add(String.join("", row)));
			return lines;
		}

	}

	/** Lines left blank for a signature and its date, e.g. 受送达人（签名）. */
	record Signature(List<String> labels) implements Block {

		public Signature {
			labels = List.copyOf(labels);
		}

		public Block map(UnaryOperator<String> f) {
			return this;
		}

		public List<String> lines() {
			return this.labels.stream().map((label) -> label + "：").toList();
		}

	}

}
