package org.sanxiang.casework.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sanxiang.casework.service.MaterialFiles.FileType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Upload attacks on application materials: zip bombs, polyglots and path traversal in
 * file names.
 */
class MaterialFileAttacksTests {

	@Test
	void aZipBombIsRefusedWithoutInflatingItAll() throws IOException {
		// 1 GB of zeros deflates to about 1 MB; OFD.xml comes after it, so finding it
		// would mean inflating the whole gigabyte
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("Doc_0/Res/bomb.bin"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		byte[] bomb = bytes.toByteArray();
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		FileType type = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MaterialFiles.type(file(bomb)));
		assertThat(type).isNull();
	}

	@Test
	void anOfdPackageWithManyPartsIsStillRecognised() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < 50; i++) {
				zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_" + i + "/Content.xml"));
				zip.write(new byte[64 * 1024]);
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			zip.write("<ofd:OFD/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertThat(MaterialFiles.type(file(bytes.toByteArray()))).isEqualTo(FileType.OFD);
	}

	@Test
	void polyglotsAreTypedByTheirFirstBytesAndHtmlIsNeverAccepted() {
		// HTML with a PDF header further down: not a PDF
		byte[] html = "<html><script>alert(1)</script>%PDF-1.7".getBytes(StandardCharsets.UTF_8);
		assertThat(MaterialFiles.type(file(html))).isNull();
		// a PDF carrying script after its header is kept as a PDF, and served as an
		// attachment with nosniff (CaseMaterialsIntegrationTests): never rendered as HTML
		byte[] pdf = "%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThat(MaterialFiles.type(file(pdf))).isEqualTo(FileType.PDF);
		// a JPEG with a script appended keeps the extension of what it is
		assertThat(MaterialFiles.safeFileName("photo.html", FileType.JPEG)).isEqualTo("photo.html.jpg");
		assertThat(MaterialFiles.safeFileName("x.svg", FileType.PNG)).isEqualTo("x.svg.png");
	}

	@Test
	void pathTraversalNamesAreCutToTheirLastSegment() {
		assertThat(MaterialFiles.safeFileName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
		assertThat(MaterialFiles.safeFileName("..\\..\\windows\\win.ini", FileType.PDF)).isEqualTo("win.ini.pdf");
		assertThat(MaterialFiles.safeFileName("/etc/shadow", FileType.PDF)).isEqualTo("shadow.pdf");
		assertThat(MaterialFiles.safeFileName("C:\\boot.pdf", FileType.PDF)).isEqualTo("boot.pdf");
		assertThat(MaterialFiles.safeFileName("..", FileType.PDF)).isEqualTo("申请材料.pdf");
		assertThat(MaterialFiles.safeFileName("a\u0000b.pdf", FileType.PDF)).isEqualTo("ab.pdf");
		assertThat(MaterialFiles.safeFileName("evil\u202Efdp.exe", FileType.PDF)).isEqualTo("evilfdp.exe.pdf");
		String longName = "长".repeat(5000) + ".pdf";
		assertThat(MaterialFiles.safeFileName(longName, FileType.PDF)
			.codePointCount(0, MaterialFiles.safeFileName(longName, FileType.PDF).length())).isLessThanOrEqualTo(120);
	}

	private static MaterialSubmission file(byte[] content) {
		return new MaterialSubmission("申请书", false, "x", content.length, () -> new ByteArrayInputStream(content));
	}

}
