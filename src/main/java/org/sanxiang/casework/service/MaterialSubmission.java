package org.sanxiang.casework.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * One material handed in for a case, before it is checked and kept: a file (streamed from
 * {@code content}, which can be opened more than once) or a paper original checked at the
 * window (行政许可法 第三十一条: the applicant answers for the materials' truth).
 *
 * @param materialName the name of the item's material it satisfies (第三十条 list)
 * @param paper a paper original checked at the window, without a file
 * @param fileName the name the applicant gave the file, as sent (sanitised when kept)
 * @param size the file's length in bytes as received
 * @param content the file's bytes; {@code null} for paper
 */
record MaterialSubmission(String materialName, boolean paper, String fileName, long size, Content content) {

	MaterialSubmission {
		if (!paper) {
			Objects.requireNonNull(content, "content");
		}
	}

	/** The bytes of an uploaded file, readable again from the start on every call. */
	@FunctionalInterface
	interface Content {

		InputStream open() throws IOException;

	}

	static MaterialSubmission paper(String materialName) {
		return new MaterialSubmission(materialName, true, null, 0, null);
	}

}
