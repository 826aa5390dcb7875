package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fonts every document embeds, shipped with the application so documents render the
 * same on a server with no Chinese fonts: Noto Serif SC (SIL Open Font License 1.1, see
 * {@code fonts/OFL.txt}), static TrueType outlines that PDFBox can subset and embed.
 * Regular sets the body (the role 仿宋 plays in GB/T 9704), bold the titles (小标宋).
 */
@Component
class DocumentFonts {

	private final byte[] regular;

	private final byte[] bold;

	DocumentFonts() {
		this.regular = read("fonts/NotoSerifSC-Regular.ttf");
		this.bold = read("fonts/NotoSerifSC-Bold.ttf");
	}

	byte[] regular() {
		return this.regular;
	}

	byte[] bold() {
		return this.bold;
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("找不到文书字体 " + path, ex);
		}
	}

}
