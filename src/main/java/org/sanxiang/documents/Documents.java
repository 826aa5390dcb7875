package org.sanxiang.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Officer;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法文书 of a case: issuing one from a template (numbered, rendered, stored, journaled — in
 * one transaction), previewing it without a number, reading what a case was given, and
 * voiding one. The API other modules call (e.g. the review module issuing the 法制审核意见书).
 * <p>
 * A template field takes its value from the case ({@code case:<key>}, read through
 * {@link CaseFieldValues}), from the platform ({@code system:number}, {@code issuedOn},
 * {@code issuer}) or from the person issuing ({@code input}). Only {@code input} fields
 * may be typed: what the case records is printed as recorded, and a correction belongs in
 * the case. A document is refused (422, nothing stored, no number taken) when a mandatory
 * field has no value, or when its template must tell the party of 行政复议 and 行政诉讼 (行政许可法
 * 第三十八条第二款, XK-38) and the {@code remedies} value does not.
 * <p>
 * Locks: issuing takes the series' row (its number), then the journal's writer lock; both
 * are held until the transaction ends. A caller that issues inside a transaction of its
 * own calls {@link #issue} before it publishes other journaled events, so that every
 * transaction takes the two in the same order.
 */
@Service
public class Documents {

	/** Drawn across every page of a preview. */
	static final String PREVIEW_WATERMARK = "预览 — 非正式文书";

	/** Where a preview's number stands in the text. */
	static final String NUMBER_ON_PREVIEW = "〔签发时编号〕";

	/** The longest value a person may type into one field. */
	static final int MAX_INPUT = 5000;

	/** The longest reason for voiding a document. */
	static final int MAX_REASON = 500;

	/** The template of the 法制审核意见书, which the legal reviewer issues (SH-5). */
	static final String REVIEW_OPINION = "review-opinion";

	/**
	 * Why nothing is issued or voided on an archived case: its file is closed and frozen
	 * (归档), as casework and evidence say for their own changes.
	 */
	static final String ARCHIVED = "案件已归档，不能修改：已归档案件的文书不能再签发或作废";

	/** The state code of an archived case ({@link CaseSnapshot#stateCode()}). */
	static final String ARCHIVED_STATE = "Archived";

	/** The key of the {@code system:} value that is the document's number. */
	static final String SYSTEM_NUMBER = "number";

	/** The value a template must hold when it tells the party of its remedies (XK-38). */
	static final String REMEDIES = "remedies";

	private static final Pattern NO_GLYPH = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})");

	private final DocumentTemplates templates;

	private final CaseFieldValues caseValues;

	private final CaseFacts cases;

	private final Catalog catalog;

	private final DocumentNumbering numbering;

	private final DocumentRenderer renderer;

	private final DocumentFiles files;

	private final JdbcIssuedDocuments documents;

	private final VerificationLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Documents(DocumentTemplates templates, CaseFieldValues caseValues, CaseFacts cases, Catalog catalog,
			DocumentNumbering numbering, DocumentRenderer renderer, DocumentFiles files, JdbcIssuedDocuments documents,
			VerificationLinks links, ApplicationEventPublisher events, Clock clock) {
		this.templates = templates;
		this.caseValues = caseValues;
		this.cases = cases;
		this.catalog = catalog;
		this.numbering = numbering;
		this.renderer = renderer;
		this.files = files;
		this.documents = documents;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a document on a case: checks the values, takes the next number of the
	 * template's series, fills and renders the template with the verification address,
	 * stores the PDF with its SM3 digest and journals {@link DocumentIssued} — all in one
	 * transaction, so a refusal or a failure at any step stores nothing and takes no
	 * number.
	 * @param caseId the case
	 * @param templateCode e.g. {@code acceptance-notice}
	 * @param inputs the values of the template's {@code input} fields, by field name
	 * @param issuedOn the 成文日期 (its year is the number's); today when {@code null}
	 * @param actor who issues: a 窗口人员, or an 执法人员 of the case; the 法制审核意见书 a 法制审核人员
	 * @return the document as stored
	 * @throws MissingFields when mandatory fields have no value (422)
	 * @throws InputRejected when the input is malformed (400), the case is archived (409)
	 * or a rule is broken (422)
	 * @throws NotFound when there is no such case
	 * @throws AccessDeniedException when {@code actor} may not issue it
	 */
	@Transactional
	public IssuedDocument issue(CaseId caseId, String templateCode, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor) {
		DocumentTemplate template = template(templateCode);
		return issue(caseId, template, inputs, issuedOn, actor);
	}

	/** {@link #issue(CaseId, String, Map, LocalDate, Actor)} with the template itself. */
	@Transactional
	IssuedDocument issue(CaseId caseId, DocumentTemplate template, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor) {
		return issue(caseId, template, inputs, issuedOn, actor, this.clock);
	}

	/**
	 * {@link #issue(CaseId, DocumentTemplate, Map, LocalDate, Actor)} as of the time
	 * {@code clock} gives: the demo data issues the documents of its past cases this way,
	 * each as of the step it belongs to, as casework records those steps.
	 */
	@Transactional
	IssuedDocument issue(CaseId caseId, DocumentTemplate template, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor, Clock clock) {
		Draft draft = draft(caseId, template, inputs, issuedOn, actor, clock);
		draft.refuseIfIncomplete();
		// the series stays locked from here until the transaction ends
		DocumentNumber number = this.numbering.allocate(draft.agency().creditCode(), template.series(),
				draft.issuedOn().getYear());
		Map<String, String> values = draft.valuesWith(number.text());
		PrintedDocument printed = template.fill(values, draft.agency().name(), number.text(), draft.issuedOn(),
				this.links.document(number.text()), null);
		byte[] pdf = render(printed);
		String sm3 = Sm3Digests.hex(pdf);
		BlobStore.Blob blob = this.files.put(pdf);
		if (!blob.sm3().equals(sm3)) {
			throw new IllegalStateException("文书文件保存后摘要不一致：" + number);
		}
		Instant now = clock.instant();
		IssuedDocument document = new IssuedDocument(UUID.randomUUID(), caseId.value(), number.text(), template.code(),
				template.version(), template.title(), draft.agency().name(), draft.issuedOn(), now, actor.account(),
				sm3, pages(pdf), DocumentStatus.VALID.label(), null);
		this.documents.insert(document, draft.agency().creditCode(), number, printed.addressee(), blob);
		this.events.publishEvent(
				new DocumentIssued(document.id(), caseId, document.number(), template.code(), template.version(),
						template.title(), document.issuedOn(), sm3, document.pages(), actor.account(), now));
		return document;
	}

	/**
	 * The document as it would be issued, without a number or verification address and
	 * with the watermark {@value #PREVIEW_WATERMARK}; nothing is stored or journaled. The
	 * same checks as {@link #issue} apply.
	 */
	@Transactional(readOnly = true)
	public byte[] preview(CaseId caseId, String templateCode, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor) {
		return preview(caseId, template(templateCode), inputs, issuedOn, actor);
	}

	@Transactional(readOnly = true)
	byte[] preview(CaseId caseId, DocumentTemplate template, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor) {
		Draft draft = draft(caseId, template, inputs, issuedOn, actor, this.clock);
		draft.refuseIfIncomplete();
		PrintedDocument printed = template.fill(draft.valuesWith(NUMBER_ON_PREVIEW), draft.agency().name(), null,
				draft.issuedOn(), null, PREVIEW_WATERMARK);
		return render(printed);
	}

	/** Every document of the case, voided ones included, in the order issued. */
	@Transactional(readOnly = true)
	public List<IssuedDocument> ofCase(CaseId caseId) {
		return this.documents.ofCase(caseId.value());
	}

	/** The document with this id. */
	@Transactional(readOnly = true)
	public IssuedDocument document(UUID id) {
		return this.documents.find(id).orElseThrow(() -> new NotFound("未找到该文书"));
	}

	/** The document with this number, or empty (also for a malformed number). */
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> byNumber(String number) {
		return DocumentNumber.parse(number).flatMap(n -> this.documents.byNumber(n.text()));
	}

	/** The stored PDF of a document, exactly as issued. */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID id) {
		return this.documents.pdf(id);
	}

	/**
	 * Voids a document issued in error (作废): it becomes 已作废 with the reason, its number
	 * stays in the register as voided and is never issued again; {@link DocumentVoided}
	 * is journaled. Only a 负责人 voids, only a document still 有效, and not on an archived
	 * case (409).
	 */
	@Transactional
	public IssuedDocument voidDocument(UUID id, String reason, Actor actor) {
		if (!actor.has(Role.DIRECTOR)) {
			throw new AccessDeniedException("作废文书需要负责人");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw InputRejected.invalid("reason", "请填写作废理由");
		}
		if (why.length() > MAX_REASON) {
			throw InputRejected.invalid("reason", "作废理由不能超过" + MAX_REASON + "字");
		}
		IssuedDocument document = document(id);
		refuseIfArchived(this.cases.find(new CaseId(document.caseId())).orElse(null));
		Instant now = this.clock.instant();
		if (!this.documents.changeStatus(id, DocumentStatus.VALID, DocumentStatus.VOIDED, why, actor.account(), now)) {
			throw InputRejected.conflict("status", "该文书当前状态为“" + document(id).status() + "”，不能作废");
		}
		this.documents.voidNumber(id, why, actor.account(), now);
		this.events.publishEvent(
				new DocumentVoided(id, new CaseId(document.caseId()), document.number(), why, actor.account(), now));
		return document(id);
	}

	/** The templates a document can be made from, in the order of the standard set. */
	List<DocumentTemplate> templates() {
		return this.templates.all();
	}

	/**
	 * What a document would hold now, for the console's form: the values found and those
	 * still missing; no check of who asks and no refusal.
	 */
	@Transactional(readOnly = true)
	Draft compose(CaseId caseId, String templateCode, Map<String, String> inputs) {
		DocumentTemplate template = template(templateCode);
		CaseSnapshot c = this.cases.find(caseId).orElseThrow(() -> new NotFound("未找到该案件：" + caseId));
		Agency agency = agencyOrNull(c);
		LocalDate today = LocalDate.now(this.clock);
		return new Draft(c, template, agency, today,
				values(c, template, inputs == null ? Map.of() : inputs, today, agency));
	}

	/**
	 * Whether {@code actor} may issue documents on the case (the template of the 法制审核意见书
	 * aside): a 窗口人员, or an 执法人员 — of the case, when officers are assigned and the
	 * account is an officer's in the catalog; nobody once the case is archived.
	 */
	boolean mayIssue(Actor actor, CaseSnapshot c) {
		return !archived(c) && refusal(actor, null, c) == null;
	}

	// --- the draft ---

	/**
	 * A document before its number: the case, the template, the agency in whose name it
	 * is issued, its date, and the value of each field found (by field name).
	 */
	record Draft(CaseSnapshot c, DocumentTemplate template, Agency agency, LocalDate issuedOn,
			Map<String, String> values) {

		/** The mandatory fields without a value, in the template's order. */
		List<TemplateField> missing() {
			List<TemplateField> missing = new ArrayList<>();
			for (TemplateField field : this.template.fields()) {
				String value = this.values.get(field.name());
				if (field.mandatory() && (value == null || value.isBlank())) {
					missing.add(field);
				}
			}
			return missing;
		}

		/**
		 * Refuses a document that lacks mandatory values, or that must tell the party of
		 * 行政复议 and 行政诉讼 and does not (行政许可法 第三十八条第二款, XK-38).
		 */
		void refuseIfIncomplete() {
			List<TemplateField> missing = missing();
			if (!missing.isEmpty()) {
				throw new MissingFields(missing);
			}
			if (this.template.remediesRequired()) {
				String remedies = this.values.get(REMEDIES);
				if (remedies == null || !remedies.contains("行政复议") || !remedies.contains("行政诉讼")) {
					throw InputRejected.unprocessable(REMEDIES, "《" + this.template.title()
							+ "》须告知申请人申请行政复议或者提起行政诉讼的权利（《中华人民共和国行政许可法》第三十八条第二款），救济途径的内容缺少“行政复议”或“行政诉讼”。文书未签发，未占用文号。");
				}
			}
		}

		/** The values with the number in every {@code system:number} field. */
		Map<String, String> valuesWith(String number) {
			Map<String, String> values = new LinkedHashMap<>(this.values);
			for (TemplateField field : this.template.fields()) {
				if (("system:" + SYSTEM_NUMBER).equals(field.source())) {
					values.put(field.name(), number);
				}
			}
			return values;
		}

		/** Where a field's value comes from, in words, for the console. */
		static String origin(TemplateField field) {
			if (field.fromCase()) {
				return "取自案件";
			}
			if (field.source().startsWith("system:")) {
				return "系统生成";
			}
			return TemplateField.INPUT.equals(field.source()) ? "手工填写" : "未知来源";
		}

	}

	private Draft draft(CaseId caseId, DocumentTemplate template, Map<String, String> inputs, LocalDate issuedOn,
			Actor actor, Clock clock) {
		CaseSnapshot c = this.cases.find(caseId).orElseThrow(() -> new NotFound("未找到该案件：" + caseId));
		// before any input is looked at, and before a number is taken
		refuseIfArchived(c);
		String refused = refusal(actor, template, c);
		if (refused != null) {
			throw new AccessDeniedException(refused);
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate on = issuedOn == null ? today : issuedOn;
		if (on.isAfter(today)) {
			throw InputRejected.unprocessable("issuedOn", "成文日期不能晚于今天（" + DocumentDates.chinese(today) + "）");
		}
		if (on.getYear() < 2000) {
			throw InputRejected.unprocessable("issuedOn", "成文日期有误：" + on);
		}
		Agency agency = agencyOrNull(c);
		if (agency == null) {
			throw InputRejected.unprocessable("agency", "案件的执法主体（" + c.agencyCode() + "）不在主体信息中，不能以其名义签发文书");
		}
		if (!DocumentNumber.validSeries(template.series())) {
			throw InputRejected.unprocessable("template", "文书模板的发文机关代字有误：" + template.series());
		}
		Map<String, String> typed = checkedInputs(template, inputs == null ? Map.of() : inputs);
		return new Draft(c, template, agency, on, values(c, template, typed, on, agency));
	}

	private Map<String, String> values(CaseSnapshot c, DocumentTemplate template, Map<String, String> inputs,
			LocalDate issuedOn, Agency agency) {
		Map<String, String> fromCase = this.caseValues.values(c.id());
		Map<String, String> system = new LinkedHashMap<>();
		system.put(SYSTEM_NUMBER, NUMBER_ON_PREVIEW);
		system.put("issuedOn", DocumentDates.chinese(issuedOn));
		if (agency != null) {
			system.put("issuer", agency.name());
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			String value;
			if (field.fromCase()) {
				value = fromCase.get(field.key());
			}
			else if (field.source().startsWith("system:")) {
				value = system.get(field.key());
			}
			else if (TemplateField.INPUT.equals(field.source())) {
				value = inputs.get(field.name());
			}
			else {
				value = null;
			}
			if (value != null) {
				values.put(field.name(), value);
			}
		}
		return values;
	}

	/**
	 * The typed values, each of an {@code input} field: line breaks joined (a document's
	 * lines are laid out by the renderer), no control characters, not too long.
	 */
	private static Map<String, String> checkedInputs(DocumentTemplate template, Map<String, String> inputs) {
		Map<String, String> checked = new LinkedHashMap<>();
		List<InputRejected.FieldError> errors = new ArrayList<>();
		for (Map.Entry<String, String> input : inputs.entrySet()) {
			String name = input.getKey();
			Optional<TemplateField> field = template.fields().stream().filter(f -> f.name().equals(name)).findFirst();
			if (field.isEmpty()) {
				errors.add(new InputRejected.FieldError(name, "《" + template.title() + "》没有“" + name + "”这一项"));
				continue;
			}
			if (!TemplateField.INPUT.equals(field.get().source())) {
				errors.add(new InputRejected.FieldError(name,
						"“" + field.get().label() + "”" + Draft.origin(field.get()) + "，不能手工填写；内容有误的，请在案件中更正"));
				continue;
			}
			String value = input.getValue() == null ? "" : input.getValue().strip().replaceAll("\\s*\\R\\s*", "");
			if (value.length() > MAX_INPUT) {
				errors.add(new InputRejected.FieldError(name, "“" + field.get().label() + "”不能超过" + MAX_INPUT + "字"));
			}
			else if (value.chars().anyMatch(Character::isISOControl)) {
				errors.add(new InputRejected.FieldError(name, "“" + field.get().label() + "”含有不可显示的控制字符"));
			}
			else if (!value.isEmpty()) {
				checked.put(name, value);
			}
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		return checked;
	}

	/**
	 * Why {@code actor} may not issue the template on the case, or {@code null}. A
	 * {@code null} template asks about the case's documents in general.
	 */
	private String refusal(Actor actor, DocumentTemplate template, CaseSnapshot c) {
		if (template != null && REVIEW_OPINION.equals(template.code())) {
			return actor.has(Role.REVIEWER) ? null : "法制审核意见书由法制审核人员制作";
		}
		if (actor.has(Role.CLERK)) {
			return null;
		}
		if (actor.has(Role.OFFICER)) {
			String officerId = officerIdOf(actor);
			boolean ofTheCase = officerId == null || c.officerIds().isEmpty() || c.officerIds().contains(officerId);
			return ofTheCase ? null : "您不是本案的承办人，不能签发本案的文书";
		}
		return "签发执法文书需要窗口人员或本案的执法人员";
	}

	/** Whether the case is archived, so that its documents are closed. */
	static boolean archived(CaseSnapshot c) {
		return c != null && ARCHIVED_STATE.equals(c.stateCode());
	}

	/**
	 * An archived case is read only (归档): no document is issued on it and none voided
	 * (409, nothing stored, no number taken); its documents are part of the case file as
	 * assembled.
	 */
	private static void refuseIfArchived(CaseSnapshot c) {
		if (archived(c)) {
			throw InputRejected.conflict("case", ARCHIVED);
		}
	}

	private String officerIdOf(Actor actor) {
		return this.catalog.officers()
			.stream()
			.filter(o -> o.account() != null && o.account().equalsIgnoreCase(actor.account()))
			.map(Officer::id)
			.findFirst()
			.orElse(null);
	}

	private Agency agencyOrNull(CaseSnapshot c) {
		return c.agencyCode() == null ? null : this.catalog.agency(c.agencyCode()).orElse(null);
	}

	private DocumentTemplate template(String code) {
		if (code == null || code.isBlank()) {
			throw InputRejected.invalid("template", "请选择文书模板");
		}
		return this.templates.current(code.strip())
			.orElseThrow(() -> InputRejected.invalid("template", "没有此文书模板：" + code.strip()));
	}

	/**
	 * The PDF; text the font cannot draw refuses the document (422) and, inside the
	 * issuing transaction, rolls the number back.
	 */
	private byte[] render(PrintedDocument printed) {
		try {
			return this.renderer.render(printed);
		}
		catch (IllegalArgumentException ex) {
			Matcher glyph = NO_GLYPH.matcher(String.valueOf(ex.getMessage()));
			String what = glyph.find()
					? "字体中没有字符“" + new String(Character.toChars(Integer.parseInt(glyph.group(1), 16))) + "”（U+"
							+ glyph.group(1).toUpperCase() + "）"
					: "内容无法排版";
			throw InputRejected.unprocessable("document", "文书无法生成：" + what + "。文书未签发，未占用文号。");
		}
	}

	private static int pages(byte[] pdf) {
		try (PDDocument loaded = Loader.loadPDF(pdf)) {
			return loaded.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("生成的文书无法读取", ex);
		}
	}

}
