package org.sanxiang.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog on PostgreSQL: one row per version, content as JSON, never updated in
 * place. The versions in force today are read with one query per kind and kept in memory
 * until the next save or the next day, because the portal lists everything on every
 * request.
 */
@Service
@Transactional(readOnly = true)
class JdbcCatalog implements Catalog {

	/** 5 MB is plenty for a 示范文本 and keeps the table small. */
	static final int SAMPLE_MAX_BYTES = 5 * 1024 * 1024;

	static final Map<String, String> SAMPLE_TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "txt",
			"text/plain;charset=UTF-8", "wps", "application/vnd.ms-works", "ofd", "application/ofd");

	private static final String VERSION_COLUMNS = "key, version, effective_from, reason, changed_by, recorded_at, retired, content::text as content ";

	/** The catalogue's conditions in the order the agency gave them. */
	private static final Comparator<MajorCondition> CONDITION_ORDER = Comparator.comparingInt(MajorCondition::position)
		.thenComparing(MajorCondition::code);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Map<String, Snapshot> current = new ConcurrentHashMap<>();

	private record Snapshot(LocalDate day, long loadedAt, List<? extends Versioned<?>> versions) {
	}

	/**
	 * How long a node keeps today's versions in memory: a change saved on another node
	 * reaches this one within it (this node's own changes drop the copy at once).
	 */
	private final long cacheNanos;

	JdbcCatalog(JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events,
			@org.springframework.beans.factory.annotation.Value("${sanxiang.catalog.cache-ttl:PT5S}") java.time.Duration cacheTtl) {
		this.cacheNanos = cacheTtl.toNanos();
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	// --- reading what is in force today ---

	@Override
	public List<Agency> agencies() {
		return contents(EntryKind.AGENCY, Comparator.comparing(Agency::name));
	}

	@Override
	public List<Unit> units() {
		return contents(EntryKind.UNIT, Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code));
	}

	@Override
	public List<Officer> officers() {
		Map<String, Integer> unitOrder = new java.util.HashMap<>();
		units().forEach(u -> unitOrder.put(u.code(), u.sortOrder()));
		return contents(EntryKind.OFFICER,
				Comparator.comparing((Officer o) -> unitOrder.getOrDefault(o.unitCode(), Integer.MAX_VALUE))
					.thenComparing(Officer::id));
	}

	@Override
	public Optional<Officer> officerByCertificate(String certificateNumber) {
		if (certificateNumber == null) {
			return Optional.empty();
		}
		String number = certificateNumber.strip();
		return officers().stream()
			.filter(o -> o.certificate() != null && number.equalsIgnoreCase(o.certificate().number()))
			.findFirst();
	}

	@Override
	public List<Item> items() {
		return contents(EntryKind.ITEM,
				Comparator.comparing((Item i) -> i.category() == null ? 99 : i.category().ordinal())
					.thenComparing(Item::code));
	}

	@Override
	public List<SupervisionMethod> supervisionMethods() {
		return contents(EntryKind.SUPERVISION,
				Comparator.comparingInt(SupervisionMethod::sortOrder).thenComparing(SupervisionMethod::code));
	}

	// --- 重大执法决定法制审核目录 and 行政裁量基准 ---

	@Override
	public List<MajorCondition> majorConditions() {
		return contents(EntryKind.MAJOR_CONDITION, CONDITION_ORDER);
	}

	@Override
	public List<MajorCondition> majorConditionsAsOf(LocalDate date) {
		if (date == null || date.equals(today())) {
			return majorConditions();
		}
		return this.jdbc.sql("select distinct on (key) " + VERSION_COLUMNS + """
				from catalog_version where kind = :kind and effective_from <= :date
				order by key, effective_from desc, version desc""")
			.param("kind", EntryKind.MAJOR_CONDITION.code())
			.param("date", date)
			.query((rs, n) -> version(EntryKind.MAJOR_CONDITION, rs))
			.list()
			.stream()
			.filter(v -> !v.retired())
			.map(Versioned::content)
			.sorted(CONDITION_ORDER)
			.toList();
	}

	@Override
	public List<DiscretionBenchmark> benchmarks() {
		return contents(EntryKind.BENCHMARK,
				Comparator.comparing(DiscretionBenchmark::itemCode)
					.thenComparingInt(DiscretionBenchmark::position)
					.thenComparing(DiscretionBenchmark::code));
	}

	/**
	 * Another entry of the catalogue of the same kind and agency, by its latest recorded
	 * version, unless that is a retirement.
	 */
	private Optional<String> sameKind(MajorCondition condition) {
		return this.jdbc.sql("""
				select key from (
				    select distinct on (key) key, retired, content from catalog_version
				    where kind = :kind order by key, version desc
				) v where not retired and content ->> 'kind' = :conditionKind and content ->> 'agencyCode' = :agency
				  and key <> :code
				order by key limit 1""")
			.param("kind", EntryKind.MAJOR_CONDITION.code())
			.param("conditionKind", condition.kind().name())
			.param("agency", condition.agencyCode())
			.param("code", condition.code())
			.query(String.class)
			.optional();
	}

	// --- versions ---

	@Override
	public <T extends CatalogEntry> Optional<Versioned<T>> asOf(EntryKind<T> kind, String key, LocalDate date) {
		if (key == null || date == null) {
			return Optional.empty();
		}
		if (date.equals(today())) {
			return current(kind, key);
		}
		return this.jdbc.sql("select " + VERSION_COLUMNS + """
				from catalog_version where kind = :kind and key = :key and effective_from <= :date
				order by effective_from desc, version desc limit 1""")
			.param("kind", kind.code())
			.param("key", key)
			.param("date", date)
			.query((rs, n) -> version(kind, rs))
			.optional()
			.filter(v -> !v.retired());
	}

	@Override
	public <T extends CatalogEntry> Optional<Versioned<T>> current(EntryKind<T> kind, String key) {
		if (key == null) {
			return Optional.empty();
		}
		return inForce(kind).stream().filter(v -> v.content().key().equals(key)).findFirst();
	}

	@Override
	public <T extends CatalogEntry> List<Versioned<T>> retired(EntryKind<T> kind) {
		return currentVersions(kind).stream()
			.filter(Versioned::retired)
			.sorted(Comparator.comparing((Versioned<T> v) -> v.effectiveFrom()).reversed())
			.toList();
	}

	@Override
	public <T extends CatalogEntry> List<Versioned<T>> upcoming(EntryKind<T> kind, String key) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + """
				from catalog_version where kind = :kind and key = :key and effective_from > :today
				order by effective_from, version""")
			.param("kind", kind.code())
			.param("key", key)
			.param("today", today())
			.query((rs, n) -> version(kind, rs))
			.list();
	}

	@Override
	public <T extends CatalogEntry> List<Versioned<T>> history(EntryKind<T> kind, String key) {
		return this.jdbc.sql("select " + VERSION_COLUMNS + """
				from catalog_version where kind = :kind and key = :key
				order by version desc""")
			.param("kind", kind.code())
			.param("key", key)
			.query((rs, n) -> version(kind, rs))
			.list();
	}

	@Override
	public List<CatalogChange> changes(int limit) {
		return this.jdbc.sql("""
				select kind, key, name, version, effective_from, reason, changed_by, recorded_at, retired
				from catalog_version order by recorded_at desc, id desc limit :limit""")
			.param("limit", Math.max(0, Math.min(limit, 1000)))
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				return new CatalogChange(kind, EntryKind.of(kind).label(), rs.getString("key"), rs.getString("name"),
						rs.getInt("version"), rs.getObject("effective_from", LocalDate.class), rs.getString("reason"),
						rs.getString("changed_by"), rs.getTimestamp("recorded_at").toInstant(),
						rs.getBoolean("retired"));
			})
			.list();
	}

	// --- changing ---

	@Override
	@Transactional
	public <T extends CatalogEntry> Versioned<T> save(EntryKind<T> kind, T content, Change change) {
		if (kind == null) {
			throw InputRejected.invalid("kind", "未知的目录类别");
		}
		T filled = kind.type().cast(withDefaults(content));
		CatalogRules.check(filled, change,
				new CatalogRules.Lookup(code -> exists(EntryKind.AGENCY, code), code -> exists(EntryKind.UNIT, code),
						this::sampleExists, code -> exists(EntryKind.ITEM, code), this::sameKind));
		String overrideReason = filled instanceof Agency agency && CreditCode.checksumMismatch(agency.creditCode())
				? change.creditCodeOverrideReason().strip() : null;
		if (filled instanceof Officer officer) {
			claimCertificate(officer);
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("insert into catalog_entry (kind, key, created_at) values (:kind, :key, :now) on conflict do nothing")
			.param("kind", kind.code())
			.param("key", filled.key())
			.param("now", Timestamp.from(now))
			.update();
		lockEntry(kind, filled.key());
		return insertVersion(kind, filled, change, overrideReason, false, now);
	}

	@Override
	@Transactional
	public <T extends CatalogEntry> Versioned<T> retire(EntryKind<T> kind, String key, Change change) {
		if (kind == null) {
			throw InputRejected.invalid("kind", "未知的目录类别");
		}
		if (key == null || !exists(kind, key)) {
			throw new NotFound("未找到" + kind.label() + " " + key);
		}
		CatalogRules.checkRetirement(kind, change);
		lockEntry(kind, key);
		Versioned<T> latest = history(kind, key).get(0);
		if (latest.retired()) {
			throw InputRejected.conflict("key",
					kind.label() + " " + key + " 已自 " + latest.effectiveFrom() + " 起废止；如需重新公布，请保存新版本");
		}
		if (change.effectiveFrom().isBefore(latest.effectiveFrom())) {
			// otherwise the later version would come back into force after the retirement
			throw InputRejected.unprocessable("effectiveFrom",
					"废止日期不能早于第 " + latest.version() + " 版的生效日期 " + latest.effectiveFrom());
		}
		if (kind == EntryKind.UNIT) {
			List<String> users = referencesTo(key, change.effectiveFrom());
			if (!users.isEmpty()) {
				throw InputRejected.unprocessable("key",
						"内设机构 " + key + " 仍被以下条目引用，请先调整其所在机构/承办机构或将其废止：" + String.join("、", users));
			}
		}
		return insertVersion(kind, latest.content(), change, null, true, this.clock.instant());
	}

	/**
	 * Officers and items that still name the unit on or after the day it is retired: the
	 * version in force that day or the latest recorded one, unless it is itself a
	 * retirement.
	 */
	private List<String> referencesTo(String unit, LocalDate from) {
		return this.jdbc.sql("""
				select distinct kind, key from (
				    (select distinct on (kind, key) kind, key, retired, content from catalog_version
				     where kind in ('officer', 'item') and effective_from <= :from
				     order by kind, key, effective_from desc, version desc)
				    union all
				    (select distinct on (kind, key) kind, key, retired, content from catalog_version
				     where kind in ('officer', 'item')
				     order by kind, key, version desc)
				) v where not retired and content ->> 'unitCode' = :unit
				order by kind, key""")
			.param("from", from)
			.param("unit", unit)
			.query((rs, n) -> EntryKind.of(rs.getString("kind")).label() + " " + rs.getString("key"))
			.list();
	}

	/**
	 * The row lock serialises concurrent changes of one entry, so version numbers never
	 * collide.
	 */
	private void lockEntry(EntryKind<?> kind, String key) {
		this.jdbc.sql("select key from catalog_entry where kind = :kind and key = :key for update")
			.param("kind", kind.code())
			.param("key", key)
			.query(String.class)
			.single();
	}

	private <T extends CatalogEntry> Versioned<T> insertVersion(EntryKind<T> kind, T content, Change change,
			String overrideReason, boolean retired, Instant now) {
		int version = this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from catalog_version where kind = :kind and key = :key")
			.param("kind", kind.code())
			.param("key", content.key())
			.query(Integer.class)
			.single();
		String reason = change.reason().strip();
		String actor = change.actor().strip();
		this.jdbc.sql("""
				insert into catalog_version (kind, key, version, effective_from, reason, changed_by, recorded_at, name,
				    credit_code_override, retired, content)
				values (:kind, :key, :version, :effectiveFrom, :reason, :changedBy, :recordedAt, :name, :override,
				    :retired, cast(:content as jsonb))""")
			.param("kind", kind.code())
			.param("key", content.key())
			.param("version", version)
			.param("effectiveFrom", change.effectiveFrom())
			.param("reason", reason)
			.param("changedBy", actor)
			.param("recordedAt", Timestamp.from(now))
			.param("name", truncate(content.displayName(), 200))
			.param("override", overrideReason)
			.param("retired", retired)
			.param("content", this.json.writeValueAsString(content))
			.update();
		forgetCurrent();
		// inside this transaction: a listener that journals the change commits or rolls
		// back with it
		this.events.publishEvent(new CatalogEntryChanged(kind.code(), content.key(), version, change.effectiveFrom(),
				reason, actor, now, retired));
		return new Versioned<>(content, version, change.effectiveFrom(), reason, actor, now, retired);
	}

	/**
	 * Why an agency's credit code was accepted despite its checksum (RULES ID-1), for the
	 * version shown.
	 */
	Optional<String> creditCodeOverride(String creditCode, int version) {
		return this.jdbc.sql("""
				select credit_code_override from catalog_version
				where kind = 'agency' and key = :key and version = :version and credit_code_override is not null""")
			.param("key", creditCode)
			.param("version", version)
			.query(String.class)
			.optional();
	}

	boolean exists(EntryKind<?> kind, String key) {
		return key != null && this.jdbc.sql("select count(*) from catalog_entry where kind = :kind and key = :key")
			.param("kind", kind.code())
			.param("key", key)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A blank agency code means the one agency of the installation; a blank officer id
	 * gets a new one (the certificate number is not the key: a certificate may be
	 * reissued).
	 */
	private CatalogEntry withDefaults(CatalogEntry content) {
		String agency = soleAgency();
		if (content instanceof Unit u && blank(u.agencyCode()) && agency != null) {
			return new Unit(u.code(), agency, u.name(), u.duties(), u.phone(), u.sortOrder());
		}
		if (content instanceof Officer o && (blank(o.agencyCode()) && agency != null || blank(o.id()))) {
			return new Officer(blank(o.id()) ? "O-" + UUID.randomUUID().toString().substring(0, 8) : o.id(),
					blank(o.agencyCode()) ? agency : o.agencyCode(), o.name(), o.unitCode(), o.post(), o.certificate(),
					o.areas(), o.account(), o.example());
		}
		if (content instanceof Item i && blank(i.agencyCode()) && agency != null) {
			return new Item(i.code(), agency, i.name(), i.category(), i.subcategory(), i.legalBases(), i.unitCode(),
					i.conditions(), i.procedureSteps(), i.statutoryLimit(), i.promisedLimit(), i.fee(), i.materials(),
					i.majorDecision(), i.mediaRecordRequired(), i.randomInspection(), i.inspectionSubjects(),
					i.inspectionMethod());
		}
		if (content instanceof SupervisionMethod s && blank(s.agencyCode()) && agency != null) {
			return new SupervisionMethod(s.code(), agency, s.name(), s.description(), s.channel(), s.sortOrder());
		}
		if (content instanceof MajorCondition c && blank(c.agencyCode()) && agency != null) {
			return new MajorCondition(c.code(), agency, c.kind(), c.name(), c.basis(), c.collectiveDiscussion(),
					c.enabled(), c.position());
		}
		if (content instanceof DiscretionBenchmark b && blank(b.agencyCode()) && agency != null) {
			return new DiscretionBenchmark(b.code(), agency, b.itemCode(), b.circumstance(), b.standard(), b.minimum(),
					b.maximum(), b.unit(), b.basis(), b.position());
		}
		return content;
	}

	private String soleAgency() {
		List<String> codes = this.jdbc.sql("select key from catalog_entry where kind = 'agency' limit 2")
			.query(String.class)
			.list();
		return codes.size() == 1 ? codes.get(0) : null;
	}

	/**
	 * A 行政执法证 number is unique across officers, for good (409 naming certificate.number).
	 */
	private void claimCertificate(Officer officer) {
		String number = officer.certificate().number().strip();
		Optional<String> holder = this.jdbc
			.sql("select officer_id from catalog_certificate where upper(number) = upper(:number)")
			.param("number", number)
			.query(String.class)
			.optional();
		if (holder.isPresent() && !holder.get().equals(officer.id())) {
			throw duplicateCertificate(number);
		}
		if (holder.isEmpty()) {
			try {
				this.jdbc.sql("insert into catalog_certificate (number, officer_id) values (:number, :officer)")
					.param("number", number)
					.param("officer", officer.id())
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw duplicateCertificate(number);
			}
		}
	}

	private static InputRejected duplicateCertificate(String number) {
		return InputRejected.conflict("certificate.number", "执法证号 " + number + " 已登记在其他执法人员名下");
	}

	// --- material sample files ---

	@Override
	@Transactional
	public SampleFile storeSample(String fileName, String contentType, byte[] content) {
		String name = fileName == null ? "" : fileName.strip();
		if (name.isEmpty() || name.length() > 200
				|| name.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
			throw InputRejected.invalid("fileName", "文件名不能为空、不能超过200个字符，且不能包含路径或控制字符");
		}
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		String type = SAMPLE_TYPES.get(extension);
		if (type == null) {
			throw InputRejected.unprocessable("file", "只允许上传 pdf、doc、docx、txt、wps、ofd 格式的示范文本");
		}
		if (content == null || content.length == 0) {
			throw InputRejected.invalid("file", "文件为空");
		}
		if (content.length > SAMPLE_MAX_BYTES) {
			throw InputRejected.unprocessable("file", "文件不能超过5 MB");
		}
		if (!looksLike(extension, content)) {
			throw InputRejected.unprocessable("file", "文件内容与扩展名 ." + extension + " 不符");
		}
		String id = sha256(content);
		this.jdbc.sql("""
				insert into catalog_sample (id, file_name, content_type, size, content, stored_at)
				values (:id, :name, :type, :size, :content, :now) on conflict (id) do nothing""")
			.param("id", id)
			.param("name", name)
			.param("type", type)
			.param("size", content.length)
			.param("content", content)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return sample(id).orElseThrow();
	}

	@Override
	public Optional<SampleFile> sample(String id) {
		if (id == null || !id.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select id, file_name, content_type, content from catalog_sample where id = :id")
			.param("id", id)
			.query((rs, n) -> new SampleFile(rs.getString("id"), rs.getString("file_name"),
					rs.getString("content_type"), rs.getBytes("content")))
			.optional();
	}

	private boolean sampleExists(String id) {
		return id != null && this.jdbc.sql("select count(*) from catalog_sample where id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Magic numbers, so that a renamed executable is not offered to the public as a 示范文本.
	 */
	private static boolean looksLike(String extension, byte[] content) {
		return switch (extension) {
			case "pdf" -> startsWith(content, "%PDF".getBytes(StandardCharsets.US_ASCII));
			case "docx", "ofd" -> startsWith(content, new byte[] { 'P', 'K', 3, 4 });
			case "doc", "wps" -> startsWith(content, new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
			case "txt" -> {
				for (byte b : content) {
					if (b == 0) {
						yield false;
					}
				}
				yield true;
			}
			default -> false;
		};
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- helpers ---

	private <T extends CatalogEntry> List<T> contents(EntryKind<T> kind, Comparator<? super T> order) {
		return inForce(kind).stream().map(Versioned::content).sorted(order).toList();
	}

	/** Today's versions without the retired entries. */
	private <T extends CatalogEntry> List<Versioned<T>> inForce(EntryKind<T> kind) {
		return currentVersions(kind).stream().filter(v -> !v.retired()).toList();
	}

	@SuppressWarnings("unchecked")
	private <T extends CatalogEntry> List<Versioned<T>> currentVersions(EntryKind<T> kind) {
		LocalDate today = today();
		Snapshot snapshot = this.current.get(kind.code());
		long now = System.nanoTime();
		if (snapshot == null || !snapshot.day().equals(today) || now - snapshot.loadedAt() > this.cacheNanos) {
			List<Versioned<T>> versions = this.jdbc.sql("select distinct on (key) " + VERSION_COLUMNS + """
					from catalog_version where kind = :kind and effective_from <= :today
					order by key, effective_from desc, version desc""")
				.param("kind", kind.code())
				.param("today", today)
				.query((rs, n) -> version(kind, rs))
				.list();
			snapshot = new Snapshot(today, now, List.copyOf(versions));
			this.current.put(kind.code(), snapshot);
		}
		return (List<Versioned<T>>) snapshot.versions();
	}

	/**
	 * Drops the in-memory current versions now and again after commit, so no reader keeps
	 * stale data.
	 */
	private void forgetCurrent() {
		this.current.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					JdbcCatalog.this.current.clear();
				}
			});
		}
	}

	private <T extends CatalogEntry> Versioned<T> version(EntryKind<T> kind, ResultSet rs) throws SQLException {
		T content = this.json.readValue(rs.getString("content"), kind.type());
		return new Versioned<>(content, rs.getInt("version"), rs.getObject("effective_from", LocalDate.class),
				rs.getString("reason"), rs.getString("changed_by"), rs.getTimestamp("recorded_at").toInstant(),
				rs.getBoolean("retired"));
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return "";
		}
		return value.length() <= max ? value : value.substring(0, max);
	}

}
