package org.sanxiang.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
