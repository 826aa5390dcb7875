package org.sanxiang.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * The one way an entry becomes bytes: JSON with object keys sorted at every level, no
 * insignificant whitespace, dates as ISO-8601 text, times to the microsecond (what
 * PostgreSQL keeps). The same entry always gives the same bytes, so the same leaf hash.
 */
@Component
class CanonicalJson {

	private final JsonMapper json;

	CanonicalJson(JsonMapper boot) {
		this.json = boot.rebuild()
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	/** The entry text for one event at {@code seq}. */
	String entry(long seq, Instant at, String actor, UUID caseId, String type, Object payload) {
		ObjectNode node = this.json.createObjectNode();
		node.put("actor", actor);
		node.put("at", micros(at).toString());
		if (caseId != null) {
			node.put("case", caseId.toString());
		}
		node.set("payload", sorted(this.json.valueToTree(payload)));
		node.put("seq", seq);
		node.put("type", type);
		return this.json.writeValueAsString(node);
	}

	/** The fields of a stored entry text, for cross-checking its columns. */
	JsonNode read(String entry) {
		return this.json.readTree(entry);
	}

	/** Longest entry checked by {@link #isEntryOf}; longer ones are read as a tree. */
	private static final int FRAME_LIMIT = 32 * 1024;

	/**
	 * Whether {@code entry} (UTF-8) is exactly what {@link #entry} writes for these
	 * column values around some payload, and the payload is one well-formed JSON value:
	 * then the text is a JSON object whose fields equal the columns, which is what the
	 * verifier must know, without building a tree (it reads every entry of the journal).
	 * {@code false} says only "not plainly so": the caller then reads the entry with
	 * {@link #read} to decide and to say which field differs. Deliberately stricter than
	 * the tree reader wherever the two could differ: field text that JSON would escape,
	 * deep nesting, long numbers, escaped lone surrogates and long entries all answer
	 * {@code false}.
	 */
	static boolean isEntryOf(byte[] entry, long seq, Instant at, byte[] actor, UUID caseId, byte[] type) {
		if (entry.length > FRAME_LIMIT || !plain(actor) || !plain(type)) {
			return false;
		}
		int p = match(entry, 0, ACTOR);
		p = match(entry, p, actor);
		p = match(entry, p, AT);
		p = match(entry, p, at.toString().getBytes(StandardCharsets.US_ASCII));
		if (caseId != null) {
			p = match(entry, p, CASE);
			p = match(entry, p, caseId.toString().getBytes(StandardCharsets.US_ASCII));
		}
		p = match(entry, p, PAYLOAD);
		byte[] seqText = Long.toString(seq).getBytes(StandardCharsets.US_ASCII);
		int tail = SEQ.length + seqText.length + TYPE.length + type.length + END.length;
		int payloadEnd = entry.length - tail;
		if (p < 0 || payloadEnd <= p) {
			return false;
		}
		int q = match(entry, payloadEnd, SEQ);
		q = match(entry, q, seqText);
		q = match(entry, q, TYPE);
		q = match(entry, q, type);
		q = match(entry, q, END);
		return q == entry.length && WellFormed.oneValue(entry, p, payloadEnd);
	}

	private static final byte[] ACTOR = ascii("{\"actor\":\"");

	private static final byte[] AT = ascii("\",\"at\":\"");

	private static final byte[] CASE = ascii("\",\"case\":\"");

	private static final byte[] PAYLOAD = ascii("\",\"payload\":");

	private static final byte[] SEQ = ascii(",\"seq\":");

	private static final byte[] TYPE = ascii(",\"type\":\"");

	private static final byte[] END = ascii("\"}");

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** Where {@code expected} ends if {@code text} has it at {@code at}; -1 if not. */
	private static int match(byte[] text, int at, byte[] expected) {
		if (at < 0 || at + expected.length > text.length
				|| !Arrays.equals(text, at, at + expected.length, expected, 0, expected.length)) {
			return -1;
		}
		return at + expected.length;
	}

	/**
	 * UTF-8 text that stands in a JSON string as it is: no quote, backslash or control
	 * character (the bytes of multi-byte characters are all ≥ 0x80).
	 */
	private static boolean plain(byte[] text) {
		for (byte b : text) {
			if ((b >= 0 && b < 0x20) || b == '"' || b == '\\') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A strict RFC 8259 check of one JSON value in UTF-8 bytes (PostgreSQL's text is
	 * valid UTF-8, so multi-byte characters in strings pass as they are).
	 */
	private static final class WellFormed {

		private static final int MAX_DEPTH = 64;

		private static final int MAX_NUMBER = 64;

		private final byte[] text;

		private final int end;

		private int at;

		private WellFormed(byte[] text, int from, int to) {
			this.text = text;
			this.at = from;
			this.end = to;
		}

		static boolean oneValue(byte[] text, int from, int to) {
			WellFormed json = new WellFormed(text, from, to);
			json.space();
			if (!json.value(0)) {
				return false;
			}
			json.space();
			return json.at == json.end;
		}

		private int peek() {
			return (this.at < this.end) ? this.text[this.at] & 0xff : -1;
		}

		private void space() {
			int c = peek();
			while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				this.at++;
				c = peek();
			}
		}

		private boolean value(int depth) {
			int c = peek();
			return switch (c) {
				case '{' -> depth < MAX_DEPTH && object(depth + 1);
				case '[' -> depth < MAX_DEPTH && array(depth + 1);
				case '"' -> string();
				case 't' -> literal("true");
				case 'f' -> literal("false");
				case 'n' -> literal("null");
				default -> (c == '-' || (c >= '0' && c <= '9')) && number();
			};
		}

		private boolean object(int depth) {
			this.at++;
			space();
			if (peek() == '}') {
				this.at++;
				return true;
			}
			while (true) {
				if (peek() != '"' || !string()) {
					return false;
				}
				space();
				if (peek() != ':') {
					return false;
				}
				this.at++;
				space();
				if (!value(depth)) {
					return false;
				}
				space();
				int c = peek();
				this.at++;
				if (c == '}') {
					return true;
				}
				if (c != ',') {
					return false;
				}
				space();
			}
		}

		private boolean array(int depth) {
			this.at++;
			space();
			if (peek() == ']') {
				this.at++;
				return true;
			}
			while (true) {
				if (!value(depth)) {
					return false;
				}
				space();
				int c = peek();
				this.at++;
				if (c == ']') {
					return true;
				}
				if (c != ',') {
					return false;
				}
				space();
			}
		}

		private boolean string() {
			this.at++; // the opening quote
			while (this.at < this.end) {
				int c = this.text[this.at++] & 0xff;
				if (c == '"') {
					return true;
				}
				if (c < 0x20) {
					return false;
				}
				if (c == '\\') {
					int e = peek();
					this.at++;
					if (e == 'u') {
						if (this.at + 4 > this.end) {
							return false;
						}
						int unit = 0;
						for (int k = 0; k < 4; k++) {
							int digit = Character.digit(this.text[this.at++], 16);
							if (digit < 0) {
								return false;
							}
							unit = unit * 16 + digit;
						}
						if (unit >= 0xD800 && unit <= 0xDFFF) {
							return false; // surrogates: left to the tree reader
						}
					}
					else if ("\"\\/bfnrt".indexOf(e) < 0 || e < 0) {
						return false;
					}
				}
			}
			return false;
		}

		private boolean literal(String word) {
			if (this.at + word.length() > this.end) {
				return false;
			}
			for (int k = 0; k < word.length(); k++) {
				if (this.text[this.at + k] != word.charAt(k)) {
					return false;
				}
			}
			this.at += word.length();
			return true;
		}

		private boolean number() {
			int start = this.at;
			if (peek() == '-') {
				this.at++;
			}
			if (peek() == '0') {
				this.at++;
			}
			else if (!digits()) {
				return false;
			}
			if (peek() == '.') {
				this.at++;
				if (!digits()) {
					return false;
				}
			}
			if (peek() == 'e' || peek() == 'E') {
				this.at++;
				if (peek() == '+' || peek() == '-') {
					this.at++;
				}
				int exponent = this.at;
				if (!digits() || this.at - exponent > 3) {
					return false;
				}
			}
			return this.at - start <= MAX_NUMBER;
		}

		private boolean digits() {
			int start = this.at;
			int c = peek();
			while (c >= '0' && c <= '9') {
				this.at++;
				c = peek();
			}
			return this.at > start;
		}

	}

	static Instant micros(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/** valueToTree keeps declaration order; rebuild every object with sorted keys. */
	private JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = this.json.createObjectNode();
			node.propertyNames().stream().sorted().forEach(name -> copy.set(name, sorted(node.get(name))));
			return copy;
		}
		if (node.isArray()) {
			var copy = this.json.createArrayNode();
			node.forEach(element -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

}
