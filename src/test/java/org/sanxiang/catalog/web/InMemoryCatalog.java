package org.sanxiang.catalog.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.CatalogChange;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.CertificateStatus;
import org.sanxiang.catalog.Change;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Fee;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.SampleFile;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.TimeLimit;
import org.sanxiang.catalog.Unit;
import org.sanxiang.catalog.Versioned;
import org.sanxiang.platform.InputRejected;

/**
 * A small in-memory {@link Catalog} for fast console page tests, with the few rules the pages must
 * show as field errors: required names, certificate dates in order, unique certificate numbers, and
 * a valid 统一社会信用代码 (ID-1). The real rules live in the catalog module.
 */
class InMemoryCatalog implements Catalog {

	static final String AGENCY = "91230500MA1B3N1N2M";

	static final String ITEM = "XK-001";

	private final LocalDate today;

	private final Map<String, List<Versioned<? extends CatalogEntry>>> versions = new LinkedHashMap<>();

	private final Map<String, SampleFile> samples = new LinkedHashMap<>();

	private int saves;

	InMemoryCatalog(LocalDate today) {
		this.today = today;
		Change initial = new Change(LocalDate.of(2020, 1, 1), "首次公布", "admin");
		save(EntryKind.AGENCY, new Agency(AGENCY, "新田县发展和改革局", "新发改", "新田县新华路1号", "0746-4711234",
				"https://example.cn", "0746-4712345", "新田县司法局", "xtfgj@example.cn", "负责全县发展改革工作。"), initial);
		save(EntryKind.UNIT, new Unit("TZK", AGENCY, "投资股", "项目核准", "0746-4710002", 1), initial);
		save(EntryKind.OFFICER, new Officer("o1", AGENCY, "李示一", "TZK", "科员", new Certificate("43112326000001",
				"新田县人民政府", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), CertificateStatus.VALID),
				List.of("新田县行政区域"), null, true), initial);
		SampleFile sample = storeSample("申请书.txt", "text/plain", "示范文本".getBytes(StandardCharsets.UTF_8));
		save(EntryKind.ITEM, new Item(ITEM, AGENCY, "企业投资项目核准", PowerCategory.LICENSING, "核准",
				List.of(new LegalBasis("《企业投资项目核准和备案管理条例》（国务院令第673号）", "第三条", "实行核准管理。")), "TZK", "符合产业政策。",
				List.of("受理", "审查", "决定"), new TimeLimit(20, DayUnit.WORKING_DAYS), new TimeLimit(15, DayUnit.WORKING_DAYS),
				new Fee(false, "不收费", ""), List.of(new Material("项目申请报告", true, "原件", 1, "", sample.id())), true, true,
				false, null, null), initial);
		save(EntryKind.SUPERVISION, new SupervisionMethod("hotline", AGENCY, "12345 热线", "投诉举报", "12345", 1), initial);
	}

	int saves() {
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
	public Optional<Agency> agency(String creditCode) {
		return current(EntryKind.AGENCY, creditCode).map(Versioned::content);
	}

	@Override
	public List<Unit> units() {
		return currentOf(EntryKind.UNIT);
	}

	@Override
	public Optional<Unit> unit(String code) {
		return current(EntryKind.UNIT, code).map(Versioned::content);
	}

	@Override
	public List<Officer> officers() {
		return currentOf(EntryKind.OFFICER);
	}

	@Override
	public Optional<Officer> officer(String id) {
		return current(EntryKind.OFFICER, id).map(Versioned::content);
	}

	@Override
	public Optional<Officer> officerByCertificate(String number) {
		return officers().stream()
			.filter(o -> o.certificate() != null && number.equals(o.certificate().number()))
			.findFirst();
	}

	@Override
	public List<Item> items() {
		return currentOf(EntryKind.ITEM);
	}

	@Override
	public Optional<Item> item(String code) {
		return current(EntryKind.ITEM, code).map(Versioned::content);
	}

	@Override
	public List<Item> randomInspectionList() {
		return items().stream().filter(Item::randomInspection).toList();
	}

	@Override
	public List<SupervisionMethod> supervisionMethods() {
		return currentOf(EntryKind.SUPERVISION);
	}

	@Override
	public <T extends CatalogEntry> Optional<Versioned<T>> asOf(EntryKind<T> kind, String key, LocalDate date) {
		return history(kind, key).stream().filter(v -> !v.effectiveFrom().isAfter(date)).findFirst();
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
			list.forEach(v -> all.add(new CatalogChange(kind.code(), kind.label(), v.content().key(),
					v.content().displayName(), v.version(), v.effectiveFrom(), v.reason(), v.changedBy(),
					v.recordedAt())));
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
		if (content instanceof Agency a && !CreditCodes.valid(a.creditCode())) {
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
		try {
			String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
			SampleFile file = new SampleFile(id, fileName, contentType, content);
			this.samples.putIfAbsent(id, file);
			return file;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Optional<SampleFile> sample(String id) {
		return Optional.ofNullable(this.samples.get(id));
	}

	/** GB 32100 check character (ID-1), enough for the fake. */
	static final class CreditCodes {

		private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

		private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

		static boolean valid(String code) {
			if (code == null || code.length() != 18) {
				return false;
			}
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				int v = CHARS.indexOf(code.charAt(i));
				if (v < 0) {
					return false;
				}
				sum += v * WEIGHTS[i];
			}
			return CHARS.charAt((31 - sum % 31) % 31) == code.charAt(17);
		}

	}

}
