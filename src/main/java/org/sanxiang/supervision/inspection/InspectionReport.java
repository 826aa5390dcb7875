package org.sanxiang.supervision.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Unit;
import org.sanxiang.documents.PdfFonts;
import org.sanxiang.supervision.ledger.RectificationTasks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly inspection report (季度督查情况报告) as PDF: the quarter's checks of the agency's
 * units (planned or completed in it), each with its sample (population, seed), the
 * checklist's results and its conclusion, then every finding with its rectification. A4,
 * set in the documents' embedded Chinese faces ({@link PdfFonts}), so it prints the same
 * on any server.
 */
@Component
class InspectionReport {

	static final String MEDIA_TYPE = "application/pdf";

	private static final float MARGIN = 56;

	private static final float BODY = 11;

	private static final float HEADING = 13;

	private static final float TITLE = 18;

	private final SupervisionChecks checks;

	private final RectificationTasks rectifications;

	private final Catalog catalog;

	private final PdfFonts fonts;

	InspectionReport(SupervisionChecks checks, RectificationTasks rectifications, Catalog catalog, PdfFonts fonts) {
		this.checks = checks;
		this.rectifications = rectifications;
		this.catalog = catalog;
		this.fonts = fonts;
	}

	private enum Style {

		TITLE, SUBTITLE, HEADING, BODY

	}

	private record Line(Style style, String text) {
	}

	@Transactional(readOnly = true)
	byte[] render(String agencyCode, Quarter quarter, LocalDate today) {
		List<SupervisionCheck> quarterChecks = this.checks.within(quarter.first(), quarter.last())
			.stream()
			.filter(c -> c.agencyCode().equals(agencyCode))
			.toList();
		String agency = this.catalog.agency(agencyCode).map(Agency::name).orElse(agencyCode);
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(Style.TITLE, agency));
		lines.add(new Line(Style.TITLE, quarter.label() + "行政执法督查情况报告"));
		lines.add(new Line(Style.SUBTITLE, "统计期间：" + quarter.first() + " 至 " + quarter.last() + "　　生成日期：" + today));

		int periodic = 0;
		int completed = 0;
		int sampled = 0;
		int points = 0;
		int failed = 0;
		List<SupervisionCheck.FindingRow> findings = new ArrayList<>();
		List<Line> perCheck = new ArrayList<>();
		int n = 0;
		for (SupervisionCheck check : quarterChecks) {
			n++;
			periodic += check.kind() == CheckKind.PERIODIC ? 1 : 0;
			completed += check.completedOn() != null ? 1 : 0;
			List<SupervisionCheck.SampledCase> cases = this.checks.cases(check.id());
			List<SupervisionCheck.Point> checkPoints = this.checks.points(check.id());
			List<SupervisionCheck.FindingRow> checkFindings = this.checks.findings(check.id());
			sampled += cases.size();
			long pass = checkPoints.stream().filter(p -> p.effective() == Verdict.PASS).count();
			long fail = checkPoints.stream().filter(p -> p.effective() == Verdict.FAIL).count();
			long na = checkPoints.stream().filter(p -> p.effective() == Verdict.NOT_APPLICABLE).count();
			points += (int) (pass + fail);
			failed += (int) fail;
			findings.addAll(checkFindings);
			perCheck.add(new Line(Style.HEADING, "（" + n + "）" + check.title()));
			perCheck.add(new Line(Style.BODY,
					"被督查股室：" + unitName(check.unitCode()) + "；类型：" + check.kind().label() + "；状态："
							+ check.status().label() + "；计划日期：" + check.scheduledOn()
							+ (check.completedOn() == null ? "" : "；完成日期：" + check.completedOn())));
			perCheck.add(new Line(Style.BODY,
					"抽查范围：" + check.periodFrom() + " 至 " + check.periodTo() + " 作出决定的案件。"
							+ (check.sampled() ? "从 " + check.population() + " 件中抽取 " + cases.size() + " 件，随机种子 "
									+ check.seed() + "（样本可据此复现）。" : "尚未抽样。")));
			for (SupervisionCheck.SampledCase c : cases) {
				StringBuilder row = new StringBuilder(
						"· " + c.caseNumber() + " " + c.itemName() + "（决定日 " + c.decidedOn() + "）：");
				List<String> parts = new ArrayList<>();
				for (SupervisionCheck.Point p : checkPoints) {
					if (p.caseId().equals(c.caseId())) {
						parts.add(p.item().label() + " " + p.effective().label());
					}
				}
				row.append(String.join("，", parts)).append(c.confirmed() ? "" : "（检查表待确认）");
				perCheck.add(new Line(Style.BODY, row.toString()));
			}
			perCheck.add(new Line(Style.BODY,
					"检查要点：符合 " + pass + " 项，不符合 " + fail + " 项，不适用 " + na + " 项；发现问题 " + checkFindings.size() + " 个。"));
			if (check.conclusion() != null) {
				perCheck.add(new Line(Style.BODY, "督查结论：" + check.conclusion()));
			}
		}
		Map<java.util.UUID, RectificationTasks.Closure> closures = this.rectifications
			.closures(findings.stream().map(SupervisionCheck.FindingRow::ledgerTaskId).toList());
		long rectified = findings.stream()
			.filter(f -> closures.containsKey(f.ledgerTaskId()) && closures.get(f.ledgerTaskId()).closed())
			.count();
		long overdue = findings.stream()
			.filter(f -> !(closures.containsKey(f.ledgerTaskId()) && closures.get(f.ledgerTaskId()).closed())
					&& today.isAfter(f.rectificationDue()))
			.count();

		lines.add(new Line(Style.HEADING, "一、总体情况"));
		lines.add(new Line(Style.BODY,
				"本季度开展督查 " + quarterChecks.size() + " 次（定期督查 " + periodic + " 次、不定期督查 "
						+ (quarterChecks.size() - periodic) + " 次），已完成 " + completed + " 次；抽查已办结案件 " + sampled
						+ " 件，检查要点 " + points + " 项（不含不适用），不符合 " + failed + " 项；发现问题 " + findings.size() + " 个，已整改 "
						+ rectified + " 个，逾期未整改 " + overdue + " 个。"));
		lines.add(new Line(Style.HEADING, "二、各次督查情况"));
		if (perCheck.isEmpty()) {
			lines.add(new Line(Style.BODY, "本季度未开展督查。"));
		}
		lines.addAll(perCheck);
		lines.add(new Line(Style.HEADING, "三、发现问题及整改情况"));
		if (findings.isEmpty()) {
			lines.add(new Line(Style.BODY, "本季度督查未发现问题。"));
		}
		int i = 0;
		for (SupervisionCheck.FindingRow f : findings) {
			i++;
			RectificationTasks.Closure c = closures.get(f.ledgerTaskId());
			String state = c != null && c.closed() ? "已于 " + c.completedOn() + " 整改完毕（佐证材料 " + c.evidence() + " 份）"
					: today.isAfter(f.rectificationDue()) ? "逾期未整改" : "整改中";
			lines.add(new Line(Style.BODY, i + ". " + f.description() + "（" + unitName(f.unitCode()) + "，发现日期 "
					+ f.foundOn() + "，整改期限 " + f.rectificationDue() + "，责任人 " + f.owner() + "）：" + state));
		}
		return pdf(lines, quarter.label() + "行政执法督查情况报告");
	}

	private String unitName(String code) {
		return this.catalog.unit(code).map(Unit::name).orElse(code);
	}

	private byte[] pdf(List<Line> raw, String title) {
		List<Line> lines = raw.stream().map(l -> new Line(l.style(), drawable(l.text()))).toList();
		StringBuilder body = new StringBuilder("0123456789");
		StringBuilder bold = new StringBuilder("0123456789");
		for (Line l : lines) {
			(l.style() == Style.BODY || l.style() == Style.SUBTITLE ? body : bold).append(l.text());
		}
		body.append("第页共/ ");
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(title);
			PDType0Font regular = this.fonts.body(doc, body);
			PDType0Font heavy = this.fonts.title(doc, bold);
			PDRectangle a4 = PDRectangle.A4;
			float width = a4.getWidth() - 2 * MARGIN;
			Layout layout = new Layout(doc, a4);
			for (Line l : lines) {
				float size = switch (l.style()) {
					case TITLE -> TITLE;
					case HEADING -> HEADING;
					default -> BODY;
				};
				boolean isBold = l.style() == Style.TITLE || l.style() == Style.HEADING;
				PDType0Font font = isBold ? heavy : regular;
				float leading = size * 1.6f;
				if (l.style() == Style.HEADING) {
					layout.space(size * 0.6f);
				}
				for (String part : wrap(l.text(), width, size, isBold)) {
					layout.ensure(leading);
					float x = MARGIN;
					if (l.style() == Style.TITLE || l.style() == Style.SUBTITLE) {
						float w = isBold ? this.fonts.titleWidth(part, size) : this.fonts.bodyWidth(part, size);
						x = (a4.getWidth() - w) / 2;
					}
					layout.text(font, size, x, part, leading);
				}
				if (l.style() == Style.SUBTITLE) {
					layout.space(BODY);
				}
			}
			layout.close();
			int pages = doc.getNumberOfPages();
			for (int p = 0; p < pages; p++) {
				PDPage page = doc.getPage(p);
				try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
						true)) {
					String number = "第 " + (p + 1) + " 页 / 共 " + pages + " 页";
					s.beginText();
					s.setFont(regular, 9);
					s.newLineAtOffset((a4.getWidth() - this.fonts.bodyWidth(number, 9)) / 2, MARGIN / 2);
					s.showText(number);
					s.endText();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pages filled from the top, a new one when a line does not fit. */
	private static final class Layout {

		private final PDDocument doc;

		private final PDRectangle size;

		private PDPageContentStream stream;

		private float y;

		Layout(PDDocument doc, PDRectangle size) {
			this.doc = doc;
			this.size = size;
		}

		void ensure(float leading) throws IOException {
			if (this.stream == null || this.y - leading < MARGIN) {
				close();
				PDPage page = new PDPage(this.size);
				this.doc.addPage(page);
				this.stream = new PDPageContentStream(this.doc, page);
				this.y = this.size.getHeight() - MARGIN;
			}
		}

		void space(float height) {
			this.y -= height;
		}

		void text(PDType0Font font, float size, float x, String text, float leading) throws IOException {
			this.y -= leading;
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.newLineAtOffset(x, this.y + (leading - size) / 2);
			this.stream.showText(text);
			this.stream.endText();
		}

		void close() throws IOException {
			if (this.stream != null) {
				this.stream.close();
				this.stream = null;
			}
		}

	}

	private List<String> wrap(String text, float width, float size, boolean bold) {
		List<String> out = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			String next = line + ch;
			float w = bold ? this.fonts.titleWidth(next, size) : this.fonts.bodyWidth(next, size);
			if (w > width && line.length() > 0) {
				out.add(line.toString());
				line.setLength(0);
			}
			line.append(ch);
			i += Character.charCount(cp);
		}
		if (line.length() > 0 || out.isEmpty()) {
			out.add(line.toString());
		}
		return out;
	}

	/** The text with line breaks as spaces and what the faces cannot draw as ？. */
	private String drawable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> {
			if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
				out.append(' ');
			}
			else if (this.fonts.canDraw(cp)) {
				out.appendCodePoint(cp);
			}
			else {
				out.append('？');
			}
		});
		return out.toString();
	}

}
