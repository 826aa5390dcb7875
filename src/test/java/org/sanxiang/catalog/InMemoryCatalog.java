package org.sanxiang.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.platform.InputRejected;

/**
 * An in-memory {@link Catalog} for fast web slice tests of any module (no database):
 * versions kept per entry, "today" given by the caller. It enforces the few rules pages
 * must show as field errors — required names and reasons, certificate dates in order,
 * unique certificate numbers, a valid 统一社会信用代码 (ID-1), a law per legal basis; the full
 * rules live in {@link CatalogRules}.
 * <p>
 * Two seeds: {@link #oneOfEach(LocalDate)} (one entry of every kind, for the console) and
 * {@link #xintian(LocalDate)} (a county 发改局 with officers in every certificate state and
 * an item with two versions, for the portal).
 */
public class InMemoryCatalog implements Catalog {

	public static final String AGENCY = "91230500MA1B3N1N2M";

	/** The item of {@link #oneOfEach(LocalDate)}. */
	public static final String ITEM = "XK-001";

	public static final String VALID_CERT = "43112326000001";

	public static final String SUSPENDED_CERT = "43112326000002";

	public static final String REVOKED_CERT = "43112326000003";

	public static final String EXPIRED_CERT = "43112321000004";

	public static final String SCRIPT_CERT = "43112326000005";

	/**
	 * The licensing item of {@link #xintian(LocalDate)}, version 2 in force since
	 * 2026-03-01.
	 */
	public static final String APPROVAL = "XK-FG-001";

	public static final String INSPECTION = "JC-FG-001";

	private static final Change INITIAL = new Change(LocalDate.of(2020, 1, 1), "首次公布", "admin");

	private final LocalDate today;

	private final Map<String, List<Versioned<? extends CatalogEntry>>> versions = new LinkedHashMap<>();

	private final Map<String, SampleFile> samples = new LinkedHashMap<>();

	private int saves;

	/** An empty catalog. */
	public InMemoryCatalog(LocalDate today) {
		this.today = today;
	}

	/**
	 * One agency, unit, officer, item and supervision method, each in its first version.
	 */
	public static InMemoryCatalog oneOfEach(LocalDate today) {
		InMemoryCatalog c = new InMemoryCatalog(today);
		c.save(EntryKind.AGENCY, new Agency(AGENCY, "新田县发展和改革局", "新发改", "新田县新华路1号", "0746-4711234",
				"https://example.cn", "0746-4712345", "新田县司法局", "xtfgj@example.cn", "负责全县发展改革工作。"), INITIAL);
		c.save(EntryKind.UNIT, new Unit("TZK", AGENCY, "投资股", "项目核准", "0746-4710002", 1), INITIAL);
		c.save(EntryKind.OFFICER,
				new Officer(
						"o1", AGENCY, "李示一", "TZK", "科员", new Certificate(VALID_CERT, "新田县人民政府",
								LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), CertificateStatus.VALID),
						List.of("新田县行政区域"), null, true),
				INITIAL);
		SampleFile sample = c.storeSample("申请书.txt", "text/plain", "示范文本".getBytes(StandardCharsets.UTF_8));
		c.save(EntryKind.ITEM,
				new Item(ITEM, AGENCY, "企业投资项目核准", PowerCategory.LICENSING, "核准",
						List.of(new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第三条", "实行核准管理。")), "TZK", "符合产业政策。",
						List.of("受理", "审查", "决定"), new TimeLimit(20, DayUnit.WORKING_DAYS),
						new TimeLimit(15, DayUnit.WORKING_DAYS), new Fee(false, "不收费", ""),
						List.of(new Material("项目申请报告", true, "原件", 1, "", sample.id())), true, true, false, null, null),
				INITIAL);
		c.save(EntryKind.SUPERVISION, new SupervisionMethod("hotline", AGENCY, "12345 热线", "投诉举报", "12345", 1),
				INITIAL);
		return c;
	}

	/**
	 * A county 发改局: two units, five officers (valid, suspended, revoked, expired, and one
	 * whose name is a script), a licensing item with two versions and an inspection item,
	 * one supervision channel.
	 */
	public static InMemoryCatalog xintian(LocalDate today) {
		InMemoryCatalog c = new InMemoryCatalog(today);
		c.save(EntryKind.AGENCY,
				new Agency(AGENCY, "新田县发展和改革局", "新发改", "新田县龙泉街道新华路1号", "0746-4711234", "https://www.xintian.gov.cn",
						"0746-4712345", "新田县司法局行政执法监督科", "xtfgj@example.cn", "负责全县国民经济和社会发展规划、投资项目管理。"),
				INITIAL);
		c.save(EntryKind.UNIT, new Unit("FGG", AGENCY, "法规股", "负责法制审核，承担局依法行政领导小组办公室日常工作。", "0746-4710001", 1),
				INITIAL);
		c.save(EntryKind.UNIT, new Unit("TZG", AGENCY, "投资股", "负责固定资产投资管理、项目核准。", "0746-4710002", 2), INITIAL);
		c.officer("o1", "李示一", "TZG", VALID_CERT, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
				CertificateStatus.VALID);
		c.officer("o2", "王示二", "TZG", SUSPENDED_CERT, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
				CertificateStatus.SUSPENDED);
		c.officer("o3", "赵示三", "FGG", REVOKED_CERT, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
				CertificateStatus.REVOKED);
		c.officer("o4", "钱示四", "FGG", EXPIRED_CERT, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31),
				CertificateStatus.VALID);
		c.officer("o5", "<script>alert('x')</script>", "FGG", SCRIPT_CERT, LocalDate.of(2026, 1, 1),
				LocalDate.of(2030, 12, 31), CertificateStatus.VALID);
		SampleFile sample = c.storeSample("项目申请报告示范文本.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"示范文本内容".getBytes(StandardCharsets.UTF_8));
		Item v1 = approval(List.of(new LegalBasis("《企业投资项目核准暂行办法》", "第三条", "旧条文")), sample.id(),
				new TimeLimit(20, DayUnit.WORKING_DAYS));
		c.save(EntryKind.ITEM, v1, new Change(LocalDate.of(2017, 2, 1), "首次公布", "admin"));
		Item v2 = approval(
				List.of(new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第三条", "对关系国家安全、涉及全国重大生产力布局……实行核准管理。"),
						new LegalBasis("《政府核准投资项目管理办法》", "第十九条", "核准机关应当在正式受理申请报告后20个工作日内作出是否予以核准的决定。")),
				sample.id(), new TimeLimit(10, DayUnit.WORKING_DAYS));
		c.save(EntryKind.ITEM, v2, new Change(LocalDate.of(2026, 3, 1), "《政府核准投资项目管理办法》施行，更新依据", "admin"));
		c.save(EntryKind.ITEM, new Item(INSPECTION, AGENCY, "固定资产投资项目节能审查意见落实情况检查", PowerCategory.INSPECTION, "",
				List.of(new LegalBasis("《固定资产投资项目节能审查办法》", "第十五条", "<b>节能审查机关</b>应当……")), "TZG", "", List.of(), null,
				null, new Fee(false, "不收费", ""), List.of(), false, true, true, "已取得节能审查意见的项目单位", "双随机抽取，现场检查"),
				INITIAL);
		c.save(EntryKind.SUPERVISION, new SupervisionMethod("HOTLINE", AGENCY, "12345 政务服务便民热线", "受理投诉举报", "12345", 1),
				INITIAL);
		return c;
	}

	private static Item approval(List<LegalBasis> bases, String sampleId, TimeLimit promised) {
		return new Item(APPROVAL, AGENCY, "企业投资项目核准", PowerCategory.LICENSING, "核准", bases, "TZG", "符合国家法律法规和产业政策。",
				List.of("申请", "受理", "审查", "决定", "送达"), new TimeLimit(20, DayUnit.WORKING_DAYS), promised,
				new Fee(false, "不收费", "《企业投资项目核准和备案管理条例》第六条"),
				List.of(new Material("项目申请报告", true, "原件", 1, "<i>按示范文本编制</i>", sampleId),
						new Material("规划选址意见", false, "复印件", 1, "", null)),
				true, true, false, "", "");
	}

	private void officer(String id, String name, String unit, String number, LocalDate from, LocalDate to,
			CertificateStatus status) {
		save(EntryKind.OFFICER, new Officer(id, AGENCY, name, unit, "科员",
				new Certificate(number, "新田县人民政府", from, to, status), List.of("新田县行政区域", "发展改革"), null, true), INITIAL);
	}

	/**
	 * How many versions were saved, so a test can tell that a refused form saved nothing.
	 */
	public int saves() {
		return this.saves;
	}

	private <T extends CatalogEntry> List<T> currentOf(EntryKind<T> kind) {
		List<T> result = new ArrayList<>();
		this.versions.keySet()
			.stream()
			.filter(k -> k.startsWith(kind.code() + ":"))
			.forEach(k -> current(kind, k.substring(kind.code().length() + 1)).ifPresent(v -> result.add(v.content())));
		return result;
	}

	@Override
	public List<Agency> agencies() {
		return currentOf(EntryKind.AGENCY);
	}

	@Override
	public List<Unit> units() {
		return currentOf(EntryKind.UNIT);
	}

	@Override
	public List<Officer> officers() {
		return currentOf(EntryKind.OFFICER);
	}

	@Override
	public Optional<Officer> officerByCertificate(String number) {
		return officers().stream()
			.filter(o -> o.certificate() != null && number != null && number.equals(o.certificate().number()))
			.findFirst();
	}

	@Override
	public List<Item> items() {
		return currentOf(EntryKind.ITEM);
	}

	@Override
	public List<SupervisionMethod> supervisionMethods() {
		return currentOf(EntryKind.SUPERVISION);
	}

	@Override
	public List<MajorCondition> majorConditions() {
		return majorConditionsAsOf(this.today);
	}

	@Override
	public List<MajorCondition> majorConditionsAsOf(LocalDate date) {
		List<MajorCondition> result = new ArrayList<>();
		String prefix = EntryKind.MAJOR_CONDITION.code() + ":";
		this.versions.keySet()
			.stream()
			.filter(k -> k.startsWith(prefix))
			.forEach(k -> asOf(EntryKind.MAJOR_CONDITION, k.substring(prefix.length()), date)
				.ifPresent(v -> result.add(v.content())));
		result.sort(Comparator.comparingInt(MajorCondition::position).thenComparing(MajorCondition::code));
		return result;
	}

	@Override
	public List<DiscretionBenchmark> benchmarks() {
		List<DiscretionBenchmark> result = new ArrayList<>(currentOf(EntryKind.BENCHMARK));
		result.sort(Comparator.comparing(DiscretionBenchmark::itemCode)
			.thenComparingInt(DiscretionBenchmark::position)
			.thenComparing(DiscretionBenchmark::code));
		return result;
	}

	@Override
	public <T extends CatalogEntry> Optional<Versioned<T>> asOf(EntryKind<T> kind, String key, LocalDate date) {
		return inForceOn(kind, key, date).filter(v -> !v.retired());
	}

	private <T extends CatalogEntry> Optional<Versioned<T>> inForceOn(EntryKind<T> kind, String key, LocalDate date) {
		return history(kind, key).stream().filter(v -> !v.effectiveFrom().isAfter(date)).findFirst();
	}

	@Override
	public <T extends CatalogEntry> List<Versioned<T>> retired(EntryKind<T> kind) {
		List<Versioned<T>> result = new ArrayList<>();
		this.versions.keySet()
			.stream()
			.filter(k -> k.startsWith(kind.code() + ":"))
			.forEach(k -> inForceOn(kind, k.substring(kind.code().length() + 1), this.today).filter(Versioned::retired)
				.ifPresent(result::add));
		result.sort(Comparator.comparing((Versioned<T> v) -> v.effectiveFrom()).reversed());
		return result;
	}

	/**
	 * The same refusals as the real catalog, minus the 400s on length and control
	 * characters.
	 */
	@Override
	public <T extends CatalogEntry> Versioned<T> retire(EntryKind<T> kind, String key, Change change) {
		List<Versioned<T>> history = history(kind, key);
		if (history.isEmpty()) {
			throw new org.sanxiang.platform.NotFound("未找到" + kind.label() + " " + key);
		}
		CatalogRules.checkRetirement(kind, change);
		Versioned<T> latest = history.stream().max(Comparator.comparingInt(Versioned::version)).orElseThrow();
		if (latest.retired()) {
			throw InputRejected.conflict("key", kind.label() + " " + key + " 已废止");
		}
		if (change.effectiveFrom().isBefore(latest.effectiveFrom())) {
			throw InputRejected.unprocessable("effectiveFrom", "废止日期不能早于最新版本的生效日期");
		}
		if (kind == EntryKind.UNIT) {
			List<String> users = new ArrayList<>();
			officers().stream().filter(o -> key.equals(o.unitCode())).forEach(o -> users.add("执法人员 " + o.id()));
			items().stream().filter(i -> key.equals(i.unitCode())).forEach(i -> users.add("权责事项 " + i.code()));
			if (!users.isEmpty()) {
				throw InputRejected.unprocessable("key", "内设机构 " + key + " 仍被以下条目引用：" + String.join("、", users));
			}
		}
		List<Versioned<? extends CatalogEntry>> list = this.versions.get(kind.code() + ":" + key);
		Versioned<T> v = new Versioned<>(latest.content(), list.size() + 1, change.effectiveFrom(), change.reason(),
				change.actor(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++this.saves), true);
		list.add(v);
		return v;
	}

	@Override
	public <T extends CatalogEntry> Optional<Versioned<T>> current(EntryKind<T> kind, String key) {
		return asOf(kind, key, this.today);
	}

	@Override
	public <T extends CatalogEntry> List<Versioned<T>> upcoming(EntryKind<T> kind, String key) {
		List<Versioned<T>> later = new ArrayList<>(
				history(kind, key).stream().filter(v -> v.effectiveFrom().isAfter(this.today)).toList());
		java.util.Collections.reverse(later);
		return later;
	}

	/**
	 * Newest first by effective date (then version), so the first one not after a date is
	 * in force then.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public <T extends CatalogEntry> List<Versioned<T>> history(EntryKind<T> kind, String key) {
		List<Versioned<T>> list = new ArrayList<>();
		this.versions.getOrDefault(kind.code() + ":" + key, List.of()).forEach(v -> list.add((Versioned<T>) v));
		list.sort(Comparator.comparing((Versioned<T> v) -> v.effectiveFrom())
			.thenComparingInt(Versioned::version)
			.reversed());
		return list;
	}

	@Override
	public List<CatalogChange> changes(int limit) {
		List<CatalogChange> all = new ArrayList<>();
		this.versions.forEach((k, list) -> {
			EntryKind<?> kind = EntryKind.of(k.substring(0, k.indexOf(':')));
			list.forEach(v -> all
				.add(new CatalogChange(kind.code(), kind.label(), v.content().key(), v.content().displayName(),
						v.version(), v.effectiveFrom(), v.reason(), v.changedBy(), v.recordedAt(), v.retired())));
		});
		all.sort(Comparator.comparing(CatalogChange::recordedAt).reversed());
		return all.stream().limit(limit).toList();
	}

	@Override
	public <T extends CatalogEntry> Versioned<T> save(EntryKind<T> kind, T content, Change change) {
		check(content, change);
		List<Versioned<? extends CatalogEntry>> list = this.versions.computeIfAbsent(kind.code() + ":" + content.key(),
				k -> new ArrayList<>());
		Versioned<T> v = new Versioned<>(content, list.size() + 1, change.effectiveFrom(), change.reason(),
				change.actor(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++this.saves));
		list.add(v);
		return v;
	}

	private void check(CatalogEntry content, Change change) {
		List<InputRejected.FieldError> errors = new ArrayList<>();
		if (change.reason() == null || change.reason().isBlank()) {
			errors.add(new InputRejected.FieldError("reason", "必填"));
		}
		if (content.displayName() == null) {
			errors.add(new InputRejected.FieldError("name", "必填"));
		}
		if (content instanceof Agency a && !CreditCode.isValid(a.creditCode())) {
			errors.add(new InputRejected.FieldError("creditCode", "统一社会信用代码校验码不正确"));
		}
		if (content instanceof Officer o && o.certificate() != null) {
			Certificate c = o.certificate();
			if (c.validFrom() != null && c.validTo() != null && c.validFrom().isAfter(c.validTo())) {
				errors.add(new InputRejected.FieldError("certificate.validTo", "有效期至不能早于有效期起"));
			}
			officerByCertificate(c.number()).filter(other -> !other.id().equals(o.id()))
				.ifPresent(other -> errors.add(new InputRejected.FieldError("certificate.number", "执法证号已登记在其他执法人员名下")));
		}
		if (content instanceof Item i) {
			for (int n = 0; n < i.legalBases().size(); n++) {
				if (i.legalBases().get(n).law() == null) {
					errors.add(new InputRejected.FieldError("legalBases[" + n + "].law", "必填"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
	}

	@Override
	public SampleFile storeSample(String fileName, String contentType, byte[] content) {
		SampleFile file = new SampleFile(JdbcCatalog.sha256(content), fileName, contentType, content);
		this.samples.putIfAbsent(file.id(), file);
		return file;
	}

	@Override
	public Optional<SampleFile> sample(String id) {
		return Optional.ofNullable(this.samples.get(id));
	}

}
