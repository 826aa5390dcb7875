package org.sanxiang.disclosure.opendata;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.CsvWriter;
import org.sanxiang.disclosure.Publication;
import org.sanxiang.disclosure.PublishedDecisions;

/**
 * The downloads, streamed row by row from {@link PublishedDecisions#forEachPublic} (only
 * what is public today; nothing is held in memory but the row being written).
 */
final class Exports {

	private Exports() {
	}

	static void decisionsCsv(PublishedDecisions decisions, ExportContext context, OutputStream out) {
		CsvWriter csv = new CsvWriter(out);
		List<String> header = new ArrayList<>();
		for (DecisionField field : DecisionField.values()) {
			header.add(field.label());
		}
		csv.row(header);
		decisions.forEachPublic(p -> {
			List<String> row = new ArrayList<>(DecisionField.values().length);
			for (DecisionField field : DecisionField.values()) {
				row.add(field.csv(p, context));
			}
			csv.row(row);
		});
		csv.flush();
	}

	static void decisionsJson(PublishedDecisions decisions, ExportContext context, JsonMapper mapper,
			OutputStream out) {
		try (JsonGenerator json = mapper.createGenerator(out)) {
			json.writeStartArray();
			decisions.forEachPublic(p -> {
				json.writeStartObject();
				for (DecisionField field : DecisionField.values()) {
					String value = field.json(p, context);
					if (value == null) {
						json.writeNullProperty(field.key());
					}
					else {
						json.writeStringProperty(field.key(), value);
					}
				}
				json.writeEndObject();
			});
			json.writeEndArray();
		}
	}

	static void xinyongCsv(PublishedDecisions decisions, OutputStream out) {
		CsvWriter csv = new CsvWriter(out);
		List<String> header = new ArrayList<>();
		for (XinyongColumn column : XinyongColumn.values()) {
			header.add(column.key());
		}
		csv.row(header);
		decisions.forEachPublic(p -> {
			List<String> row = new ArrayList<>(XinyongColumn.values().length);
			for (XinyongColumn column : XinyongColumn.values()) {
				row.add(column.value(p));
			}
			csv.row(row);
		});
		csv.flush();
	}

	static void xinyongJson(PublishedDecisions decisions, JsonMapper mapper, OutputStream out) {
		try (JsonGenerator json = mapper.createGenerator(out)) {
			json.writeStartArray();
			decisions.forEachPublic(p -> json.writePOJO(xinyong(p)));
			json.writeEndArray();
		}
	}

	/**
	 * One record in the 信用中国 layout (GS-7): every column, in order, empty text where
	 * there is no value (the ID-number columns always).
	 */
	static Map<String, String> xinyong(Publication p) {
		Map<String, String> record = new LinkedHashMap<>();
		for (XinyongColumn column : XinyongColumn.values()) {
			String value = column.value(p);
			record.put(column.key(), value == null ? "" : value);
		}
		return record;
	}

}
