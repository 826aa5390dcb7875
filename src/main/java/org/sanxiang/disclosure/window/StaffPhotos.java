package org.sanxiang.disclosure.window;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a board accepts as a staff photo: JPEG or PNG, recognised by the file's first
 * bytes (never by its name or the type the browser claims), at most {@value #MAX_BYTES}
 * bytes.
 */
final class StaffPhotos {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private StaffPhotos() {
	}

	/**
	 * The content type of a JPEG or PNG, from its magic bytes; empty for anything else.
	 */
	static Optional<String> typeOf(byte[] content) {
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** Why the content is refused as a photo, or empty when it is accepted. */
	static Optional<String> refusal(byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.of("请选择照片文件");
		}
		if (content.length > MAX_BYTES) {
			return Optional.of("照片不能超过 2 MB");
		}
		if (typeOf(content).isEmpty()) {
			return Optional.of("照片只能是 JPEG 或 PNG 格式的图片");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content != null && content.length >= magic.length
				&& Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
