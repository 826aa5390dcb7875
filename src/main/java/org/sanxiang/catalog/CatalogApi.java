package org.sanxiang.catalog;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the catalog: reading for everyone (事前公示 is public), writing for 管理员
 * (SecurityConfiguration). A write body is the entry's content plus the effective date
 * and the reason of the change; the actor is the signed-in user.
 */
@RestController
@RequestMapping(path = "/api/v1/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "主体信息", description = "执法主体、内设机构、执法人员、权责事项、随机抽查事项清单、监督方式、重大执法决定法制审核目录、行政裁量基准及其版本")
class CatalogApi {

	private final Catalog catalog;

	private final Clock clock;

	CatalogApi(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * A new version of an entry.
	 *
	 * @param content the entry as it reads from {@code effectiveFrom}
	 * @param effectiveFrom 生效日期, may be in the future
	 * @param reason 变更原因
	 * @param creditCodeOverrideReason agencies only: why a code failing the checksum is
	 * legal (RULES ID-1)
	 */
	record VersionRequest<T>(T content, LocalDate effectiveFrom, String reason, String creditCodeOverrideReason) {
	}

	/**
	 * A retirement (废止/撤销/调离).
	 *
	 * @param effectiveFrom from this day the entry is no longer in force
	 * @param reason e.g. 《湖南省人民政府关于取消和下放一批行政权力事项的决定》
	 */
	record RetirementRequest(LocalDate effectiveFrom, String reason) {
	}

	/**
	 * Certificate check for a public verifier: who holds it and whether it is valid today
	 * (ZJ-1).
	 */
	record CertificateCheck(Officer officer, boolean validToday, String status, LocalDate checkedOn) {
	}

	/** A stored sample file without its bytes. */
	record StoredSample(String id, String fileName, String contentType, int size, String downloadUrl) {
	}

	/**
	 * The 重大执法决定法制审核目录 as published (SH-2): the items listed as a whole and the
	 * conditions that make any licensing decision major, enabled ones only.
	 */
	record ReviewCatalogue(List<Item> items, List<ConditionView> conditions) {
	}

	/** A condition with the Chinese name of its kind. */
	record ConditionView(String code, MajorConditionKind kind, String kindLabel, String name, String basis,
			boolean collectiveDiscussion, boolean enabled, int position) {

		static ConditionView of(MajorCondition c) {
			return new ConditionView(c.code(), c.kind(), c.kind() == null ? null : c.kind().label(), c.name(),
					c.basis(), c.collectiveDiscussion(), c.enabled(), c.position());
		}

	}

	// --- reading ---

	@GetMapping("/agencies")
	@Operation(summary = "执法主体（现行版本）")
	List<Agency> agencies() {
		return this.catalog.agencies();
	}

	@GetMapping("/agencies/{creditCode}")
	@Operation(summary = "执法主体现行版本；可用 asOf 查询某日有效的版本")
	Versioned<Agency> agency(@PathVariable String creditCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.AGENCY, creditCode, asOf);
	}

	@GetMapping("/units")
	@Operation(summary = "内设机构（现行版本）")
	List<Unit> units() {
		return this.catalog.units();
	}

	@GetMapping("/units/{code}")
	Versioned<Unit> unit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.UNIT, code, asOf);
	}

	@GetMapping("/officers")
	@Operation(summary = "行政执法人员及执法证（现行版本）")
	List<Officer> officers() {
		return this.catalog.officers();
	}

	@GetMapping("/officers/{id}")
	Versioned<Officer> officer(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.OFFICER, id, asOf);
	}

	@GetMapping("/officers/by-certificate/{number}")
	@Operation(summary = "按执法证号核验执法人员，返回证件今日是否有效")
	CertificateCheck officerByCertificate(@PathVariable String number) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Officer> current = this.catalog.officerByCertificate(number);
		if (current.isEmpty()) {
			// 调离/退休: the number stays reserved to the officer, and a verifier must not
			// read it as valid
			Versioned<Officer> left = this.catalog.formerOfficerByCertificate(number)
				.orElseThrow(() -> new NotFound("未找到执法证号为 " + number + " 的执法人员"));
			return new CertificateCheck(left.content(), false, "已不在本机关执法岗位（自 " + left.effectiveFrom() + " 起）", today);
		}
		Officer officer = current.get();
		Certificate certificate = officer.certificate();
		String status = officer.certifiedOn(today) ? "有效" : certificate.status() != CertificateStatus.VALID
				? certificate.status().label() : today.isAfter(certificate.validTo()) ? "已过期" : "未到有效期";
		return new CertificateCheck(officer, officer.certifiedOn(today), status, today);
	}

	@GetMapping("/items")
	@Operation(summary = "权责事项（现行版本），可按职权类别和名称/编码筛选")
	List<Item> items(@RequestParam(required = false) PowerCategory category, @RequestParam(required = false) String q) {
		String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		return this.catalog.items()
			.stream()
			.filter(i -> category == null || i.category() == category)
			.filter(i -> needle.isEmpty() || i.name().toLowerCase(Locale.ROOT).contains(needle)
					|| i.code().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
	}

	@GetMapping("/items/{code}")
	@Operation(summary = "权责事项现行版本；asOf=YYYY-MM-DD 返回该日有效的版本，当日无有效版本时 404")
	Versioned<Item> item(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.ITEM, code, asOf);
	}

	@GetMapping("/review-catalogue")
	@Operation(summary = "重大执法决定法制审核目录（公示）：列入目录的事项和启用的情形及其依据")
	ReviewCatalogue reviewCatalogue() {
		return new ReviewCatalogue(this.catalog.majorItems(),
				this.catalog.majorConditions()
					.stream()
					.filter(MajorCondition::enabled)
					.map(ConditionView::of)
					.toList());
	}

	@GetMapping("/major-conditions")
	@Operation(summary = "法制审核目录的情形（现行版本，含未启用的），按排序")
	List<ConditionView> majorConditions() {
		return this.catalog.majorConditions().stream().map(ConditionView::of).toList();
	}

	@GetMapping("/major-conditions/{code}")
	@Operation(summary = "法制审核目录情形现行版本；asOf=YYYY-MM-DD 返回该日有效的版本")
	Versioned<MajorCondition> majorCondition(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.MAJOR_CONDITION, code, asOf);
	}

	@GetMapping("/benchmarks")
	@Operation(summary = "行政裁量基准（现行版本），可按事项编码 itemCode 筛选")
	List<DiscretionBenchmark> benchmarks(@RequestParam(required = false) String itemCode) {
		return itemCode == null || itemCode.isBlank() ? this.catalog.benchmarks()
				: this.catalog.benchmarks(itemCode.strip());
	}

	@GetMapping("/benchmarks/{code}")
	@Operation(summary = "行政裁量基准现行版本；asOf=YYYY-MM-DD 返回该日有效的版本")
	Versioned<DiscretionBenchmark> benchmark(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return version(EntryKind.BENCHMARK, code, asOf);
	}

	@GetMapping("/items/{code}/benchmarks")
	@Operation(summary = "某一事项的行政裁量基准（现行版本）；事项不存在时 404")
	List<DiscretionBenchmark> itemBenchmarks(@PathVariable String code) {
		if (this.catalog.item(code).isEmpty()) {
			throw new NotFound("未找到现行有效的权责事项 " + code);
		}
		return this.catalog.benchmarks(code);
	}

	@GetMapping("/{kind:agencies|units|officers|items|supervision-methods|major-conditions|benchmarks}/{key}/versions")
	@Operation(summary = "某一条目的全部版本（新版本在前），含尚未生效的版本")
	List<? extends Versioned<?>> versions(@PathVariable String kind, @PathVariable String key) {
		EntryKind<?> entryKind = kindOf(kind);
		List<? extends Versioned<?>> history = this.catalog.history(entryKind, key);
		if (history.isEmpty()) {
			throw new NotFound("未找到" + entryKind.label() + " " + key);
		}
		return history;
	}

	@GetMapping("/random-inspection-list")
	@Operation(summary = "随机抽查事项清单")
	List<Item> randomInspectionList() {
		return this.catalog.randomInspectionList();
	}

	@GetMapping("/supervision-methods")
	@Operation(summary = "监督方式")
	List<SupervisionMethod> supervisionMethods() {
		return this.catalog.supervisionMethods();
	}

	@GetMapping("/changes")
	@Operation(summary = "变更记录（新记录在前）")
	List<CatalogChange> changes(@RequestParam(defaultValue = "50") int limit) {
		if (limit < 1 || limit > 1000) {
			throw InputRejected.invalid("limit", "limit 应在1到1000之间");
		}
		return this.catalog.changes(limit);
	}

	@GetMapping(path = "/samples/{id}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载示范文本")
	ResponseEntity<byte[]> sample(@PathVariable String id) {
		SampleFile file = this.catalog.sample(id).orElseThrow(() -> new NotFound("未找到示范文本 " + id));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
			.body(file.content());
	}

	// --- writing (管理员) ---

	@PostMapping("/{kind:agencies|units|officers|items|supervision-methods|major-conditions|benchmarks}/{key}/retirement")
	@Operation(
			summary = "废止条目（事项取消/下放、人员调离、机构撤并等）：记录一个废止版本，不删除任何版本；" + "404 条目不存在，409 已废止，422 执法主体本身、仍被引用的内设机构或日期早于最新版本")
	ResponseEntity<Versioned<?>> retire(@PathVariable String kind, @PathVariable String key,
			@RequestBody(required = false) RetirementRequest body, Principal principal) {
		EntryKind<?> entryKind = kindOf(kind);
		Change change = new Change(body == null ? null : body.effectiveFrom(), body == null ? null : body.reason(),
				principal == null ? null : principal.getName());
		Versioned<?> retirement = this.catalog.retire(entryKind, key, change);
		return ResponseEntity.created(URI.create("/api/v1/catalog/" + kind + "/" + key + "/versions")).body(retirement);
	}

	@PostMapping(path = "/samples", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传示范文本（pdf、doc、docx、txt、wps、ofd，≤5 MB）；相同内容只存一份")
	ResponseEntity<StoredSample> storeSample(@RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw InputRejected.invalid("file", "请选择要上传的文件");
		}
		SampleFile stored = this.catalog.storeSample(file.getOriginalFilename(), file.getContentType(),
				file.getBytes());
		String url = "/api/v1/catalog/samples/" + stored.id();
		return ResponseEntity.created(URI.create(url))
			.body(new StoredSample(stored.id(), stored.fileName(), stored.contentType(), stored.content().length, url));
	}

	@PostMapping("/agencies")
	ResponseEntity<Versioned<Agency>> createAgency(@RequestBody VersionRequest<Agency> body, Principal principal) {
		return create(EntryKind.AGENCY, "creditCode", body, principal);
	}

	@PutMapping("/agencies/{creditCode}")
	Versioned<Agency> updateAgency(@PathVariable String creditCode, @RequestBody VersionRequest<Agency> body,
			Principal principal) {
		return update(EntryKind.AGENCY, "creditCode", creditCode, body, principal);
	}

	@PostMapping("/units")
	ResponseEntity<Versioned<Unit>> createUnit(@RequestBody VersionRequest<Unit> body, Principal principal) {
		return create(EntryKind.UNIT, "code", body, principal);
	}

	@PutMapping("/units/{code}")
	Versioned<Unit> updateUnit(@PathVariable String code, @RequestBody VersionRequest<Unit> body, Principal principal) {
		return update(EntryKind.UNIT, "code", code, body, principal);
	}

	@PostMapping("/officers")
	@Operation(summary = "新增执法人员；id 留空时自动生成")
	ResponseEntity<Versioned<Officer>> createOfficer(@RequestBody VersionRequest<Officer> body, Principal principal) {
		return create(EntryKind.OFFICER, "id", body, principal);
	}

	@PutMapping("/officers/{id}")
	Versioned<Officer> updateOfficer(@PathVariable String id, @RequestBody VersionRequest<Officer> body,
			Principal principal) {
		return update(EntryKind.OFFICER, "id", id, body, principal);
	}

	@PostMapping("/items")
	ResponseEntity<Versioned<Item>> createItem(@RequestBody VersionRequest<Item> body, Principal principal) {
		return create(EntryKind.ITEM, "code", body, principal);
	}

	@PutMapping("/items/{code}")
	Versioned<Item> updateItem(@PathVariable String code, @RequestBody VersionRequest<Item> body, Principal principal) {
		return update(EntryKind.ITEM, "code", code, body, principal);
	}

	@PostMapping("/supervision-methods")
	ResponseEntity<Versioned<SupervisionMethod>> createSupervisionMethod(
			@RequestBody VersionRequest<SupervisionMethod> body, Principal principal) {
		return create(EntryKind.SUPERVISION, "code", body, principal);
	}

	@PutMapping("/supervision-methods/{code}")
	Versioned<SupervisionMethod> updateSupervisionMethod(@PathVariable String code,
			@RequestBody VersionRequest<SupervisionMethod> body, Principal principal) {
		return update(EntryKind.SUPERVISION, "code", code, body, principal);
	}

	@PostMapping("/major-conditions")
	@Operation(summary = "新增法制审核目录情形（SH-2）：kind 为 PUBLIC_INTEREST、MAJOR_INTERESTS、AFTER_HEARING、"
			+ "WITHDRAWAL_REVOCATION、COMPLEX_NOVEL 或 OTHER；除 OTHER 外每类一条（422）")
	ResponseEntity<Versioned<MajorCondition>> createMajorCondition(@RequestBody VersionRequest<MajorCondition> body,
			Principal principal) {
		return create(EntryKind.MAJOR_CONDITION, "code", body, principal);
	}

	@PutMapping("/major-conditions/{code}")
	@Operation(summary = "修改法制审核目录情形（名称、依据、是否集体讨论、是否启用、排序），记录新版本")
	Versioned<MajorCondition> updateMajorCondition(@PathVariable String code,
			@RequestBody VersionRequest<MajorCondition> body, Principal principal) {
		return update(EntryKind.MAJOR_CONDITION, "code", code, body, principal);
	}

	@PostMapping("/benchmarks")
	@Operation(
			summary = "新增行政裁量基准：itemCode 事项、circumstance 情形、standard 裁量标准、basis 依据；" + "有数值幅度的填 minimum、maximum 与 unit")
	ResponseEntity<Versioned<DiscretionBenchmark>> createBenchmark(
			@RequestBody VersionRequest<DiscretionBenchmark> body, Principal principal) {
		return create(EntryKind.BENCHMARK, "code", body, principal);
	}

	@PutMapping("/benchmarks/{code}")
	Versioned<DiscretionBenchmark> updateBenchmark(@PathVariable String code,
			@RequestBody VersionRequest<DiscretionBenchmark> body, Principal principal) {
		return update(EntryKind.BENCHMARK, "code", code, body, principal);
	}

	private <T extends CatalogEntry> ResponseEntity<Versioned<T>> create(EntryKind<T> kind, String keyField,
			VersionRequest<T> body, Principal principal) {
		T content = contentOf(body);
		if (content.key() != null && !content.key().isBlank() && !this.catalog.history(kind, content.key()).isEmpty()) {
			throw InputRejected.conflict(keyField, kind.label() + " " + content.key() + " 已存在，请用 PUT 记录新版本");
		}
		Versioned<T> saved = this.catalog.save(kind, content, changeOf(body, principal));
		return ResponseEntity.created(URI.create("/api/v1/catalog/" + pathOf(kind) + "/" + saved.content().key()))
			.body(saved);
	}

	private <T extends CatalogEntry> Versioned<T> update(EntryKind<T> kind, String keyField, String key,
			VersionRequest<T> body, Principal principal) {
		T content = contentOf(body);
		if (!key.equals(content.key())) {
			throw InputRejected.invalid(keyField, "内容中的编码（" + content.key() + "）与地址中的编码（" + key + "）不一致");
		}
		if (this.catalog.history(kind, key).isEmpty()) {
			throw new NotFound("未找到" + kind.label() + " " + key + "；新增请用 POST");
		}
		return this.catalog.save(kind, content, changeOf(body, principal));
	}

	private static <T> T contentOf(VersionRequest<T> body) {
		if (body == null || body.content() == null) {
			throw InputRejected.invalid("content", "请求体须包含 content（条目内容）");
		}
		return body.content();
	}

	private static Change changeOf(VersionRequest<?> body, Principal principal) {
		return new Change(body.effectiveFrom(), body.reason(), principal == null ? null : principal.getName(),
				body.creditCodeOverrideReason());
	}

	private <T extends CatalogEntry> Versioned<T> version(EntryKind<T> kind, String key, LocalDate asOf) {
		Supplier<NotFound> missing = () -> new NotFound(asOf == null ? "未找到现行有效的" + kind.label() + " " + key
				: kind.label() + " " + key + " 在 " + asOf + " 没有有效版本");
		return (asOf == null ? this.catalog.current(kind, key) : this.catalog.asOf(kind, key, asOf))
			.orElseThrow(missing);
	}

	private static EntryKind<?> kindOf(String path) {
		return EntryKind.all().stream().filter(k -> pathOf(k).equals(path)).findFirst().orElseThrow();
	}

	private static String pathOf(EntryKind<?> kind) {
		return kind == EntryKind.AGENCY ? "agencies"
				: kind == EntryKind.SUPERVISION ? "supervision-methods" : kind.code() + "s";
	}

	/**
	 * Unreadable bodies name the field Jackson stopped at, relative to the content
	 * ({@code category}, {@code certificate.validFrom}), with a Chinese message; never
	 * internals.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		String field = "body";
		String message = "请求内容不是有效的 JSON";
		if (ex.getCause() instanceof StreamReadException syntax) {
			String near = pathOf(syntax.getPath());
			message = near.isEmpty() ? message : message + "（在 " + near + " 附近中断或出错）";
		}
		else if (ex.getCause() instanceof JacksonException jackson) {
			String path = pathOf(jackson.getPath());
			if (path.isEmpty() && !jackson.getPath().isEmpty()) {
				path = "content";
			}
			if (!path.isEmpty()) {
				field = path;
				message = "取值无法识别";
			}
			if (jackson instanceof InvalidFormatException format && format.getTargetType() != null) {
				Class<?> target = format.getTargetType();
				if (target.isEnum()) {
					message = "取值“" + format.getValue() + "”无法识别，允许的取值："
							+ Arrays.stream(target.getEnumConstants())
								.map(String::valueOf)
								.collect(Collectors.joining("、"));
				}
				else if (target == LocalDate.class) {
					message = "日期“" + format.getValue() + "”格式不正确，应为 YYYY-MM-DD 的真实日期";
				}
				else {
					message = "取值“" + format.getValue() + "”格式不正确";
				}
			}
			else if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
				if (mismatch.getTargetType() == LocalDate.class) {
					message = "日期格式不正确，应为 YYYY-MM-DD 的真实日期";
				}
				else {
					message = "类型不正确";
				}
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + "：" + message);
		problem.setTitle("输入格式有误");
		problem.setType(URI.create("urn:sanxiang:problem:invalid"));
		problem.setProperty("errors", List.of(new FieldError(field, message)));
		return ResponseEntity.badRequest().body(problem);
	}

	private static String pathOf(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (path.isEmpty() && reference.getPropertyName().equals("content")) {
					continue;
				}
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
