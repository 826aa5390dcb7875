package org.sanxiang.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an electronic case file (电子案卷) is made of, read from the case before it is laid
 * out: the facts of its cover, the documents issued in the case with their stored PDFs,
 * in the order they were issued, and the list of its evidence with the digests recorded
 * when each file was stored. Pure data: {@link CaseFileAssembler} draws it.
 *
 * @param cover the 封面
 * @param documents the documents, in order
 * @param evidence the evidence, in capture order
 */
record CaseFile(Cover cover, List<Document> documents, List<Evidence> evidence) {

	CaseFile {
		Objects.requireNonNull(cover, "cover");
		documents = List.copyOf(documents);
		evidence = List.copyOf(evidence);
	}

	/**
	 * The 封面.
	 *
	 * @param agency the 立档单位, e.g. 新田县发展和改革局
	 * @param caseNumber e.g. XK-20260601-0001
	 * @param title the 案卷题名: the applicant and the item applied for
	 * @param receivedOn the day the application was received
	 * @param decidedOn the day of the decision (or of not accepting), {@code null} when
	 * none
	 * @param archivedOn the day of archiving
	 * @param retentionYears the 保管期限 in years (0 when not recorded)
	 * @param retainUntil its last day
	 */
	record Cover(String agency, String caseNumber, String title, LocalDate receivedOn, LocalDate decidedOn,
			LocalDate archivedOn, int retentionYears, LocalDate retainUntil) {

		Cover {
			Objects.requireNonNull(agency, "agency");
			Objects.requireNonNull(caseNumber, "caseNumber");
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(archivedOn, "archivedOn");
		}

		/** e.g. 30年（至2056年6月1日）. */
		String retention() {
			if (this.retentionYears < 1) {
				// archived before the period was recorded with the case
				return "未记录";
			}
			return this.retentionYears + "年"
					+ (this.retainUntil == null ? "" : "（至" + DocumentDates.chinese(this.retainUntil) + "）");
		}

	}

	/**
	 * One issued document of the case.
	 *
	 * @param number its 文号
	 * @param issuer the 责任者
	 * @param title the 题名
	 * @param issuedOn the 成文日期
	 * @param pdf the PDF as stored when it was issued
	 */
	record Document(String number, String issuer, String title, LocalDate issuedOn, byte[] pdf) {

		Document {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(pdf, "pdf");
		}

	}

	/**
	 * One item of evidence, as its record says.
	 *
	 * @param name the file's name
	 * @param type what it records and its media type, e.g. 现场检查 · video/mp4
	 * @param captureStart when recording started
	 * @param captureEnd when it ended
	 * @param size bytes
	 * @param sm3 SM3 of the content (GB/T 32905), hex
	 * @param sha256 SHA-256 of the content, hex
	 */
	record Evidence(String name, String type, Instant captureStart, Instant captureEnd, long size, String sm3,
			String sha256) {
	}

}
