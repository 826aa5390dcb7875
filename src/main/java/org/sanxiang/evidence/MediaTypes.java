package org.sanxiang.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The type of a file from its first bytes (Apache Tika's magic patterns only: the name
 * and the type the client declares are not trusted).
 */
final class MediaTypes {

	/** Enough for every magic pattern Tika knows. */
	static final int HEAD = 64 * 1024;

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private MediaTypes() {
	}

	static String detect(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), HEAD)) {
			return TYPES.detect(in, new Metadata()).getBaseType().toString();
		}
	}

}
