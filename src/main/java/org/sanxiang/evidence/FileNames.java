package org.sanxiang.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Makes an uploaded file name safe to store and show: only its last path segment, no
 * control or reserved characters, no leading dots (no {@code ..}), bytes that are not
 * UTF-8 replaced, at most 200 characters with the extension kept. The name is a label:
 * the content is stored under its hash, never under this name.
 */
final class FileNames {

	static final String UNNAMED = "未命名文件";

	private static final int MAX = 200;

	private FileNames() {
	}

	/** The name from raw bytes, which may not be UTF-8 (old phones, GBK file systems). */
	static String fromBytes(byte[] raw) {
		try {
			return safe(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(raw))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return safe(new String(raw, StandardCharsets.UTF_8));
		}
	}

	static String safe(String name) {
		if (name == null) {
			return UNNAMED;
		}
		String n = Normalizer.normalize(name, Normalizer.Form.NFC);
		int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
		n = n.substring(slash + 1);
		StringBuilder out = new StringBuilder(n.length());
		n.codePoints().forEach(cp -> {
			boolean bad = Character.isISOControl(cp) || cp == 0xFFFD || "<>:\"|?*".indexOf(cp) >= 0
					|| Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
					|| Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.UNASSIGNED;
			out.appendCodePoint(bad ? '_' : cp);
		});
		String s = out.toString().strip();
		while (s.startsWith(".")) {
			s = s.substring(1);
		}
		s = s.strip();
		if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
			return UNNAMED;
		}
		if (s.codePointCount(0, s.length()) > MAX) {
			int dot = s.lastIndexOf('.');
			String ext = (dot > 0 && s.length() - dot <= 10) ? s.substring(dot) : "";
			int keep = s.offsetByCodePoints(0, MAX - ext.length());
			s = s.substring(0, keep) + ext;
		}
		return s;
	}

}
