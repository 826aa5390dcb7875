package org.sanxiang.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.InputRejected.Kind;

/**
 * What a catalog version must satisfy before anything is written. Field paths are
 * relative to the content ({@code certificate.validTo}, {@code legalBases[0].law}); the
 * change itself contributes {@code effectiveFrom}, {@code reason} and
 * {@code creditCodeOverrideReason}. Malformed input (missing, too long, control
 * characters, unknown values) is 400; well-formed input that breaks a rule (checksum,
 * dates in the wrong order, promised limit over the statutory one, unknown unit) is 422.
 * HTML is not refused: it is stored as text and escaped by the views.
 */
final class CatalogRules {

	static final int NAME_MAX = 100;

	static final int LINE_MAX = 200;

	static final int TEXT_MAX = 4000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,31}");

	private static final Pattern DOCUMENT_PREFIX = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z0-9]{1,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** 许可类别 as in the 双公示 data standard (RULES GS-7, XK_XKLB). */
	static final Set<String> LICENSING_TYPES = Set.of("普通", "特许", "认可", "核准", "登记", "其他");

	private static final LocalDate EARLIEST_EFFECTIVE = LocalDate.of(1990, 1, 1);

	private static final LocalDate LATEST_EFFECTIVE = LocalDate.of(2099, 12, 31);

	/**
	 * What the rules need to know about the rest of the catalog.
	 *
	 * @param itemExists whether an item of that code was ever recorded (a benchmark names
	 * one)
	 * @param sameKind for a catalogue condition, the code of another entry of the same
	 * kind and agency not retired, if any (one entry per kind except 其他)
	 */
	record Lookup(Predicate<String> agencyExists, Predicate<String> unitExists, Predicate<String> sampleExists,
			Predicate<String> itemExists, Function<MajorCondition, Optional<String>> sameKind) {

		Lookup(Predicate<String> agencyExists, Predicate<String> unitExists, Predicate<String> sampleExists) {
			this(agencyExists, unitExists, sampleExists, code -> true, condition -> Optional.empty());
		}

	}

	private final List<FieldError> invalid = new ArrayList<>();

	private final List<FieldError> unprocessable = new ArrayList<>();

	private final Lookup lookup;

	private CatalogRules(Lookup lookup) {
		this.lookup = lookup;
	}

	/**
	 * Throws {@link InputRejected} (400 before 422, every error of that kind) unless the
	 * version is acceptable.
	 */
	static void check(CatalogEntry content, Change change, Lookup lookup) {
		CatalogRules rules = new CatalogRules(lookup);
		rules.change(change, content);
		if (content instanceof Agency agency) {
			rules.agency(agency, change);
		}
		else if (content instanceof Unit unit) {
			rules.unit(unit);
		}
		else if (content instanceof Officer officer) {
			rules.officer(officer);
		}
		else if (content instanceof Item item) {
			rules.item(item);
		}
		else if (content instanceof SupervisionMethod method) {
			rules.supervision(method);
		}
		else if (content instanceof MajorCondition condition) {
			rules.majorCondition(condition);
		}
		else if (content instanceof DiscretionBenchmark benchmark) {
			rules.benchmark(benchmark);
		}
		rules.throwIfAny();
	}

	/**
	 * What a retirement must say: from when (400 if missing) and why (400), by whom. The
	 * agency itself cannot be retired (422): everything else hangs on it, and a body that
	 * is merged or abolished is replaced by recording the successor, not by emptying the
	 * portal.
	 */
	static void checkRetirement(EntryKind<?> kind, Change change) {
		CatalogRules rules = new CatalogRules(null);
		if (change == null) {
			rules.invalid("effectiveFrom", "请填写废止日期");
			rules.invalid("reason", "请填写废止原因");
		}
		else {
			if (change.effectiveFrom() == null) {
				rules.invalid("effectiveFrom", "请填写废止日期");
			}
			else if (change.effectiveFrom().isBefore(EARLIEST_EFFECTIVE)
					|| change.effectiveFrom().isAfter(LATEST_EFFECTIVE)) {
				rules.unprocessable("effectiveFrom", "废止日期应在1990年至2099年之间");
			}
			if (change.reason() == null || change.reason().isBlank()) {
				rules.invalid("reason", "请填写废止原因，例如“《湖南省人民政府关于取消和下放一批行政权力事项的决定》”");
			}
			else {
				rules.line("reason", change.reason(), 500, true);
			}
			rules.line("actor", change.actor(), NAME_MAX, true);
		}
		if (kind == EntryKind.AGENCY) {
			rules.unprocessable("kind", "执法主体本身不能废止；机构撤并时请登记承继的执法主体");
		}
		rules.throwIfAny();
	}

	private void throwIfAny() {
		if (!this.invalid.isEmpty()) {
			throw new InputRejected(Kind.INVALID, this.invalid);
		}
		if (!this.unprocessable.isEmpty()) {
			throw new InputRejected(Kind.UNPROCESSABLE, this.unprocessable);
		}
	}

	private void change(Change change, CatalogEntry content) {
		if (change == null) {
			invalid("effectiveFrom", "请填写生效日期");
			invalid("reason", "请填写变更原因");
			return;
		}
		if (change.effectiveFrom() == null) {
			invalid("effectiveFrom", "请填写生效日期");
		}
		else if (change.effectiveFrom().isBefore(EARLIEST_EFFECTIVE)
				|| change.effectiveFrom().isAfter(LATEST_EFFECTIVE)) {
			unprocessable("effectiveFrom", "生效日期应在1990年至2099年之间");
		}
		line("reason", change.reason(), 500, true);
		line("actor", change.actor(), NAME_MAX, true);
		line("creditCodeOverrideReason", change.creditCodeOverrideReason(), 500, false);
		if (content == null) {
			invalid("content", "请填写内容");
		}
	}

	private void agency(Agency a, Change change) {
		String code = a.creditCode();
		if (code == null || code.isBlank()) {
			invalid("creditCode", "请填写统一社会信用代码");
		}
		else if (CreditCode.checksumMismatch(code)) {
			// RULES ID-1: some early pilot codes fail the checksum yet are legal — never
			// silently.
			boolean overridden = change != null && change.creditCodeOverrideReason() != null
					&& !change.creditCodeOverrideReason().isBlank();
			if (!overridden) {
				unprocessable("creditCode", CreditCode.problem(code).orElseThrow() + "；如确属早期试点赋码、校验位不符但合法有效，请填写例外理由");
			}
		}
		else {
			CreditCode.problem(code).ifPresent(reason -> invalid("creditCode", reason));
		}
		line("name", a.name(), NAME_MAX, true);
		if (line("documentPrefix", a.documentPrefix(), 20, true)
				&& !DOCUMENT_PREFIX.matcher(a.documentPrefix()).matches()) {
			// GB/T 9704-2012 7.2.5 (RULES WS-1): 发文机关代字 precedes 〔年份〕 in every document
			// number
			invalid("documentPrefix", "发文机关代字只能包含汉字、字母和数字，例如“新发改”");
		}
		line("address", a.address(), LINE_MAX, false);
		line("phone", a.phone(), 50, false);
		if (line("website", a.website(), LINE_MAX, false) && !a.website().matches("https?://\\S+")) {
			invalid("website", "网址应以 http:// 或 https:// 开头");
		}
		line("supervisionPhone", a.supervisionPhone(), 50, false);
		line("complaintAddress", a.complaintAddress(), LINE_MAX, false);
		if (line("complaintEmail", a.complaintEmail(), NAME_MAX, false)
				&& !EMAIL.matcher(a.complaintEmail()).matches()) {
			invalid("complaintEmail", "投诉邮箱格式不正确");
		}
		text("overview", a.overview(), false);
	}

	private void unit(Unit u) {
		code("code", u.code(), "机构代码");
		agencyCode(u.agencyCode());
		line("name", u.name(), NAME_MAX, true);
		text("duties", u.duties(), false);
		line("phone", u.phone(), 50, false);
		if (u.sortOrder() < 0) {
			invalid("sortOrder", "排序号不能为负数");
		}
	}

	private void officer(Officer o) {
		code("id", o.id(), "人员编号");
		agencyCode(o.agencyCode());
		line("name", o.name(), NAME_MAX, true);
		unitCode("unitCode", o.unitCode());
		line("post", o.post(), NAME_MAX, false);
		Certificate c = o.certificate();
		if (c == null) {
			// ZJ-1: only certified officers are published as 行政执法人员
			invalid("certificate", "请填写行政执法证信息");
		}
		else {
			if (line("certificate.number", c.number(), 32, true) && !CERTIFICATE_NUMBER.matcher(c.number()).matches()) {
				invalid("certificate.number", "执法证号只能包含数字、字母和连字符，4–32位");
			}
			line("certificate.issuer", c.issuer(), NAME_MAX, true);
			if (c.validFrom() == null) {
				invalid("certificate.validFrom", "请填写有效期起始日期");
			}
			if (c.validTo() == null) {
				invalid("certificate.validTo", "请填写有效期截止日期");
			}
			if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
				unprocessable("certificate.validTo", "有效期截止日期不能早于起始日期");
			}
			if (c.status() == null) {
				invalid("certificate.status", "请选择证件状态（有效/暂扣/注销）");
			}
		}
		list("areas", o.areas(), 20);
		for (int i = 0; i < o.areas().size(); i++) {
			line("areas[" + i + "]", o.areas().get(i), NAME_MAX, true);
		}
		if (line("account", o.account(), 64, false) && !CODE.matcher(o.account()).matches()) {
			invalid("account", "账号只能包含字母、数字、点、下划线和连字符");
		}
	}

	private void item(Item it) {
		code("code", it.code(), "事项编码");
		agencyCode(it.agencyCode());
		line("name", it.name(), NAME_MAX, true);
		if (it.category() == null) {
			invalid("category", "请选择职权类别（行政许可/行政处罚/行政强制/行政检查/其他）");
		}
		if (line("subcategory", it.subcategory(), 50, it.category() == PowerCategory.LICENSING)
				&& it.category() == PowerCategory.LICENSING && !LICENSING_TYPES.contains(it.subcategory())) {
			invalid("subcategory", "许可类别应为：普通、特许、认可、核准、登记、其他 之一");
		}
		if (it.legalBases().isEmpty()) {
			invalid("legalBases", "至少填写一条执法依据");
		}
		list("legalBases", it.legalBases(), 50);
		for (int i = 0; i < it.legalBases().size(); i++) {
			LegalBasis b = it.legalBases().get(i);
			String at = "legalBases[" + i + "]";
			if (b == null) {
				invalid(at, "执法依据不能为空");
				continue;
			}
			line(at + ".law", b.law(), LINE_MAX, true);
			line(at + ".article", b.article(), NAME_MAX, true);
			text(at + ".text", b.text(), true);
		}
		unitCode("unitCode", it.unitCode());
		text("conditions", it.conditions(), false);
		list("procedureSteps", it.procedureSteps(), 30);
		for (int i = 0; i < it.procedureSteps().size(); i++) {
			line("procedureSteps[" + i + "]", it.procedureSteps().get(i), LINE_MAX, true);
		}
		// 行政许可法 第四十二条: a licensing item has a statutory period, counted in working days
		// (第八十二条)
		if (it.statutoryLimit() == null && it.category() == PowerCategory.LICENSING) {
			invalid("statutoryLimit", "行政许可事项须填写法定时限");
		}
		timeLimit("statutoryLimit", it.statutoryLimit());
		timeLimit("promisedLimit", it.promisedLimit());
		TimeLimit statutory = it.statutoryLimit();
		TimeLimit promised = it.promisedLimit();
		if (statutory != null && promised != null && statutory.unit() != null && statutory.unit() == promised.unit()
				&& promised.amount() > statutory.amount()) {
			unprocessable("promisedLimit.amount", "承诺时限（" + promised + "）不能超过法定时限（" + statutory + "）");
		}
		Fee fee = it.fee();
		if (fee != null) {
			line("fee.standard", fee.standard(), LINE_MAX, fee.charged());
			text("fee.basis", fee.basis(), fee.charged());
		}
		list("materials", it.materials(), 50);
		for (int i = 0; i < it.materials().size(); i++) {
			Material m = it.materials().get(i);
			String at = "materials[" + i + "]";
			if (m == null) {
				invalid(at, "材料不能为空");
				continue;
			}
			line(at + ".name", m.name(), NAME_MAX, true);
			line(at + ".form", m.form(), 50, false);
			if (m.copies() < 0 || m.copies() > 99) {
				invalid(at + ".copies", "份数应在0到99之间");
			}
			text(at + ".note", m.note(), false);
			if (line(at + ".sampleFileId", m.sampleFileId(), 64, false)
					&& !this.lookup.sampleExists().test(m.sampleFileId())) {
				unprocessable(at + ".sampleFileId", "示范文本不存在，请先上传文件");
			}
		}
		text("inspectionSubjects", it.inspectionSubjects(), it.randomInspection());
		text("inspectionMethod", it.inspectionMethod(), it.randomInspection());
	}

	private void supervision(SupervisionMethod s) {
		code("code", s.code(), "编码");
		agencyCode(s.agencyCode());
		line("name", s.name(), NAME_MAX, true);
		text("description", s.description(), false);
		line("channel", s.channel(), LINE_MAX, true);
		if (s.sortOrder() < 0) {
			invalid("sortOrder", "排序号不能为负数");
		}
	}

	/**
	 * A condition of the 重大执法决定法制审核目录 (SH-2): its kind, the label and the basis the
	 * portal publishes; one entry per kind and agency, except that 其他 may have several.
	 */
	private void majorCondition(MajorCondition c) {
		code("code", c.code(), "编码");
		agencyCode(c.agencyCode());
		if (c.kind() == null) {
			invalid("kind", "请选择情形类别");
		}
		line("name", c.name(), LINE_MAX, true);
		text("basis", c.basis(), true);
		if (c.position() < 0) {
			invalid("position", "排序号不能为负数");
		}
		// SH-2: these four are the least a licensing agency's catalogue covers
		if (c.kind() != null && c.kind().byFacts() && !c.enabled()) {
			invalid("enabled", "“" + c.kind().label() + "”属于重大执法决定法制审核的最低范围（SH-2），不得停用");
		}
		if (c.kind() != null && c.kind() != MajorConditionKind.OTHER && this.invalid.isEmpty()) {
			this.lookup.sameKind()
				.apply(c)
				.ifPresent(other -> unprocessable("kind",
						"“" + c.kind().label() + "”已登记为条目 " + other + "，每类情形只登记一条，请修改该条目；其他情形可登记多条"));
		}
	}

	/**
	 * 行政裁量基准: the item it belongs to, the circumstance, the standard and its basis; a
	 * numeric range has its unit and does not run backwards.
	 */
	private void benchmark(DiscretionBenchmark b) {
		code("code", b.code(), "编码");
		agencyCode(b.agencyCode());
		if (line("itemCode", b.itemCode(), 64, true) && !this.lookup.itemExists().test(b.itemCode())) {
			unprocessable("itemCode", "权责事项 " + b.itemCode() + " 不存在");
		}
		text("circumstance", b.circumstance(), true);
		text("standard", b.standard(), true);
		text("basis", b.basis(), true);
		line("unit", b.unit(), 20, b.ranged());
		if (b.minimum() != null && b.maximum() != null && b.minimum().compareTo(b.maximum()) > 0) {
			unprocessable("maximum",
					"裁量幅度的上限（" + b.maximum().toPlainString() + "）不能小于下限（" + b.minimum().toPlainString() + "）");
		}
		if (b.position() < 0) {
			invalid("position", "排序号不能为负数");
		}
	}

	private void timeLimit(String field, TimeLimit limit) {
		if (limit == null) {
			return;
		}
		if (limit.unit() == null) {
			invalid(field + ".unit", "请选择时限单位（工作日/自然日）");
		}
		if (limit.amount() <= 0) {
			unprocessable(field + ".amount", "时限应大于0");
		}
		else if (limit.amount() > 3650) {
			unprocessable(field + ".amount", "时限过长，请核对");
		}
	}

	private void code(String field, String value, String label) {
		if (line(field, value, 64, true) && !CODE.matcher(value).matches()) {
			invalid(field, label + "只能包含字母、数字、点、下划线和连字符，以字母或数字开头");
		}
	}

	private void agencyCode(String value) {
		if (line("agencyCode", value, 18, true) && !this.lookup.agencyExists().test(value)) {
			unprocessable("agencyCode", "执法主体 " + value + " 不存在");
		}
	}

	private void unitCode(String field, String value) {
		if (line(field, value, 64, true) && !this.lookup.unitExists().test(value)) {
			unprocessable(field, "内设机构 " + value + " 不存在");
		}
	}

	private void list(String field, List<?> values, int max) {
		if (values.size() > max) {
			invalid(field, "最多" + max + "项");
		}
	}

	/**
	 * A single-line value: no control characters at all. @return whether a value is
	 * present and fine so far
	 */
	private boolean line(String field, String value, int max, boolean required) {
		return checkText(field, value, max, required, false);
	}

	/** A multi-line text: line breaks and tabs allowed, other control characters not. */
	private boolean text(String field, String value, boolean required) {
		return checkText(field, value, TEXT_MAX, required, true);
	}

	private boolean checkText(String field, String value, int max, boolean required, boolean multiline) {
		if (value == null || value.isBlank()) {
			if (required) {
				invalid(field, "必填");
			}
			return false;
		}
		int length = value.codePointCount(0, value.length());
		if (length > max) {
			invalid(field, "不能超过" + max + "个字符（现有" + length + "个）");
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean allowed = multiline && (c == '\n' || c == '\r' || c == '\t');
			if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029') && !allowed) {
				invalid(field, multiline ? "含有不允许的控制字符" : "含有不允许的控制字符或换行");
				return false;
			}
		}
		return true;
	}

	private void invalid(String field, String message) {
		this.invalid.add(new FieldError(field, message));
	}

	private void unprocessable(String field, String message) {
		this.unprocessable.add(new FieldError(field, message));
	}

}
