package org.sanxiang.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

	/** The top-level fields of an entry that its columns repeat. */
	record Fields(String actor, String at, String caseId, long seq, String type) {
	}

	/**
	 * The fields of an entry's UTF-8 text read with the streaming parser, without
	 * building a tree (the verifier reads every entry): the whole text is still parsed,
	 * so broken JSON is noticed. {@code null} when the text is not plainly one object
	 * with each of these fields once and of its type (or not JSON at all): then
	 * {@link #read} decides, exactly as before.
	 */
	Fields fields(byte[] entry) {
		String actor = null;
		String at = null;
		String caseId = null;
		boolean hasCase = false;
		long seq = 0;
		boolean hasSeq = false;
		String type = null;
		try (JsonParser parser = this.json.createParser(entry)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (name) {
					case "actor", "at", "type" -> {
						if (value != JsonToken.VALUE_STRING
								|| ("actor".equals(name) ? actor : "at".equals(name) ? at : type) != null) {
							return null;
						}
						String text = parser.getString();
						if ("actor".equals(name)) {
							actor = text;
						}
						else if ("at".equals(name)) {
							at = text;
						}
						else {
							type = text;
						}
					}
					case "case" -> {
						if (hasCase || (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL)) {
							return null;
						}
						hasCase = true;
						caseId = (value == JsonToken.VALUE_STRING) ? parser.getString() : null;
					}
					case "seq" -> {
						if (hasSeq || value != JsonToken.VALUE_NUMBER_INT) {
							return null;
						}
						hasSeq = true;
						seq = parser.getLongValue();
					}
					default -> parser.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT || parser.nextToken() != null || actor == null || at == null
					|| type == null || !hasSeq) {
				return null;
			}
			return new Fields(actor, at, caseId, seq, type);
		}
		catch (JacksonException ex) {
			return null;
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
