package org.sanxiang.documents;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates on PostgreSQL, every version kept: saving never edits a version, it adds
 * the next one and makes it current (a trigger refuses changes to saved versions). A save
 * is checked by {@link TemplatePolicy} first and refused as a whole (422 listing every
 * problem) so nothing is half-saved, and journaled as {@link DocumentTemplateChanged} in
 * the same transaction.
 */
@Repository
class JdbcDocumentTemplates implements DocumentTemplates {

	private static final String COLUMNS = "v.code, v.version, v.title, v.series, v.remedies_required, v.basis, "
			+ "v.fields::text as fields, v.layout::text as layout, v.created_by, v.created_at, v.change_note, "
			+ "(t.current_version = v.version) as current";

	private static final String FROM = " from documents_template_version v join documents_template t on t.code = v.code";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JdbcDocumentTemplates(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// --- DocumentTemplates ---

	@Override
	public Optional<DocumentTemplate> current(String code) {
		return currentVersion(code).map(TemplateVersion::template);
	}

	@Override
	public Optional<DocumentTemplate> version(String code, int version) {
		return find(code, version).map(TemplateVersion::template);
	}

	@Override
	public List<DocumentTemplate> all() {
		return currentVersions().stream().map(TemplateVersion::template).toList();
	}

	// --- with who saved each version ---

	Optional<TemplateVersion> currentVersion(String code) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.code = :code and v.version = t.current_version")
			.param("code", code)
			.query(this::version)
			.optional();
	}

	Optional<TemplateVersion> find(String code, int version) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.code = :code and v.version = :version")
			.param("code", code)
			.param("version", version)
			.query(this::version)
			.optional();
	}

	/** The current version of every template, in the order of the standard set. */
	List<TemplateVersion> currentVersions() {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.version = t.current_version order by t.position")
			.query(this::version)
			.list();
	}

	/**
	 * Every version of a template, newest first; empty when there is no such template.
	 */
	List<TemplateVersion> history(String code) {
		return this.jdbc.sql("select " + COLUMNS + FROM + " where v.code = :code order by v.version desc")
			.param("code", code)
			.query(this::version)
			.list();
	}

	// --- saving ---

	/**
	 * Saves a submitted template as the next version of an existing template and makes it
	 * current; refused with every problem (422) when it is not valid, with nothing saved.
	 */
	@Transactional
	TemplateVersion save(TemplateJson.Read submitted, String actor) {
		TemplateDraft draft = submitted.draft();
		Integer current = this.jdbc.sql("select current_version from documents_template where code = :code for update")
			.param("code", draft.code())
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFound("没有编码为 " + draft.code() + " 的文书模板"));
		List<InputRejected.FieldError> problems = new ArrayList<>(submitted.problems());
		problems.addAll(TemplatePolicy.problems(draft, CaseFieldValues.known()));
		if (!problems.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, problems);
		}
		int next = current + 1;
		insertVersion(draft, next, actor);
		this.jdbc.sql("update documents_template set current_version = :version where code = :code")
			.param("version", next)
			.param("code", draft.code())
			.update();
		return find(draft.code(), next).orElseThrow();
	}

	/**
	 * Writes a template of the standard set as version 1 unless the template exists
	 * already, so a later start never overwrites what an administrator saved since.
	 * @return whether it was written
	 */
	@Transactional
	boolean seed(TemplateDraft draft, int position) {
		List<InputRejected.FieldError> problems = TemplatePolicy.problems(draft, CaseFieldValues.known());
		if (!problems.isEmpty()) {
			throw new IllegalStateException("标准文书模板 " + draft.code() + " 有误：" + problems);
		}
		int inserted = this.jdbc.sql("""
				insert into documents_template (code, position, current_version, created_at)
				values (:code, :position, 1, :now) on conflict (code) do nothing""")
			.param("code", draft.code())
			.param("position", position)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 0) {
			return false;
		}
		insertVersion(draft, 1, "system");
		return true;
	}

	private void insertVersion(TemplateDraft draft, int version, String actor) {
		DocumentTemplate template = draft.template(version);
		String fields = TemplateJson.write(TemplateJson.fieldsNode(template.fields()));
		String layout = TemplateJson.write(TemplateJson.layoutNode(template.addressee(), template.body()));
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into documents_template_version (code, version, title, series, remedies_required, basis,
				  fields, layout, created_by, created_at, change_note)
				values (:code, :version, :title, :series, :remedies, :basis, cast(:fields as jsonb),
				  cast(:layout as jsonb), :actor, :now, :note)""")
			.param("code", template.code())
			.param("version", version)
			.param("title", template.title())
			.param("series", template.series())
			.param("remedies", template.remediesRequired())
			.param("basis", draft.basis())
			.param("fields", fields)
			.param("layout", layout)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("note", draft.note().strip())
			.update();
		this.events.publishEvent(new DocumentTemplateChanged(template.code(), version, template.title(),
				template.series(), draft.note().strip(), actor, now,
				Sm3Digests.hex((fields + "\n" + layout).getBytes(StandardCharsets.UTF_8))));
	}

	private TemplateVersion version(ResultSet rs, int row) throws SQLException {
		List<InputRejected.FieldError> problems = new ArrayList<>();
		JsonMapper json = JsonMapper.shared();
		List<TemplateField> fields = TemplateJson.fields(json.readTree(rs.getString("fields")), problems);
		TemplateJson.Layout layout = TemplateJson.layout(json.readTree(rs.getString("layout")), problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"文书模板 " + rs.getString("code") + " 第 " + rs.getInt("version") + " 版的存储内容有误：" + problems);
		}
		DocumentTemplate template = new DocumentTemplate(rs.getString("code"), rs.getInt("version"),
				rs.getString("title"), rs.getString("series"), rs.getBoolean("remedies_required"), fields,
				layout.addressee(), layout.body());
		return new TemplateVersion(template, rs.getString("basis"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("change_note"), rs.getBoolean("current"));
	}

}
