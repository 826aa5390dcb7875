package org.sanxiang.catalog.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.DayUnit;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Fee;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.PowerCategory;
import org.sanxiang.catalog.SampleFile;
import org.sanxiang.catalog.TimeLimit;
import org.sanxiang.platform.InputRejected;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

import static org.sanxiang.catalog.web.Inputs.text;

/**
 * 权责事项 with everything 行政许可法 第三十条 (XK-30) asks to publish: legal basis, conditions,
 * procedure, time limits, fee and the full list of materials with sample texts. Legal
 * bases and materials are repeated rows; blank rows are ignored, and the catalog's row
 * indexes are mapped back to the rows as the person sees them.
 */
public class ItemForm extends CodedEntryForm<Item> {

	static final String LEGAL_BASES = "legalBases";

	static final String MATERIALS = "materials";

	private static final Pattern INDEXED = Pattern.compile("^(legalBases|materials)\\[(\\d+)\\](.*)$");

	private String category;

	private String subcategory;

	private String unitCode;

	private String conditions;

	private List<LegalBasisRow> legalBases = new ArrayList<>();

	private String procedureSteps;

	private LimitFields statutoryLimit = new LimitFields();

	private LimitFields promisedLimit = new LimitFields();

	private FeeFields fee = new FeeFields();

	private List<MaterialRow> materials = new ArrayList<>();

	private boolean majorDecision;

	private boolean mediaRecordRequired;

	private boolean randomInspection;

	private String inspectionSubjects;

	private String inspectionMethod;

	/** Form row index of each non-blank row, in the order handed to the catalog. */
	private final List<Integer> legalBasisRows = new ArrayList<>();

	private final List<Integer> materialRows = new ArrayList<>();

	@Override
	EntryKind<Item> kind() {
		return EntryKind.ITEM;
	}

	@Override
	void fill(Item item) {
		setCode(item.code());
		setName(item.name());
		this.category = item.category() == null ? null : item.category().name();
		this.subcategory = item.subcategory();
		this.unitCode = item.unitCode();
		this.conditions = item.conditions();
		this.legalBases = new ArrayList<>();
		for (LegalBasis basis : item.legalBases()) {
			this.legalBases.add(new LegalBasisRow(basis.law(), basis.article(), basis.text()));
		}
		this.procedureSteps = Inputs.joinLines(item.procedureSteps());
		this.statutoryLimit = LimitFields.of(item.statutoryLimit());
		this.promisedLimit = LimitFields.of(item.promisedLimit());
		this.fee = FeeFields.of(item.fee());
		this.materials = new ArrayList<>();
		for (Material m : item.materials()) {
			MaterialRow row = new MaterialRow();
			row.setName(m.name());
			row.setRequired(m.required());
			row.setForm(m.form());
			row.setCopies(String.valueOf(m.copies()));
			row.setNote(m.note());
			row.setSampleFileId(m.sampleFileId());
			this.materials.add(row);
		}
		this.majorDecision = item.majorDecision();
		this.mediaRecordRequired = item.mediaRecordRequired();
		this.randomInspection = item.randomInspection();
		this.inspectionSubjects = item.inspectionSubjects();
		this.inspectionMethod = item.inspectionMethod();
	}

	@Override
	Item toEntry(String agencyCode, Catalog catalog, Errors errors) {
		PowerCategory powerCategory = Inputs.choice(PowerCategory.class, this.category, "category", "职权类别", true,
				errors);
		List<LegalBasis> bases = new ArrayList<>();
		this.legalBasisRows.clear();
		for (int i = 0; i < this.legalBases.size(); i++) {
			LegalBasisRow row = this.legalBases.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			this.legalBasisRows.add(i);
			bases.add(new LegalBasis(text(row.getLaw()), text(row.getArticle()), text(row.getText())));
		}
		List<Material> materialList = new ArrayList<>();
		this.materialRows.clear();
		for (int i = 0; i < this.materials.size(); i++) {
			MaterialRow row = this.materials.get(i);
			if (row == null) {
				continue;
			}
			keepUploadedSample(row, catalog, MATERIALS + "[" + i + "].sampleFileId", errors);
			if (row.isBlank()) {
				continue;
			}
			this.materialRows.add(i);
			Integer copies = Inputs.wholeNumber(row.getCopies(), MATERIALS + "[" + i + "].copies", "份数", false, 1,
					errors);
			materialList.add(new Material(text(row.getName()), row.isRequired(), text(row.getForm()),
					copies == null ? 1 : copies, text(row.getNote()), text(row.getSampleFileId())));
		}
		return new Item(text(getCode()), agencyCode, text(getName()), powerCategory, text(this.subcategory), bases,
				text(this.unitCode), text(this.conditions), Inputs.lines(this.procedureSteps),
				this.statutoryLimit.toLimit("statutoryLimit", "法定时限", errors),
				this.promisedLimit.toLimit("promisedLimit", "承诺时限", errors), this.fee.toFee(), materialList,
				this.majorDecision, this.mediaRecordRequired, this.randomInspection, text(this.inspectionSubjects),
				text(this.inspectionMethod));
	}

	/**
	 * Stores a newly uploaded sample text at once (content-addressed, so storing twice is
	 * harmless), so that the upload survives a re-rendered form: a file input cannot be
	 * refilled by the server.
	 */
	private static void keepUploadedSample(MaterialRow row, Catalog catalog, String field, Errors errors) {
		if (row.isRemoveSample()) {
			row.setSampleFileId(null);
			row.setSampleFileName(null);
			row.setRemoveSample(false);
		}
		MultipartFile upload = row.getSample();
		if (upload == null || upload.isEmpty()) {
			return;
		}
		try {
			String fileName = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank() ? "示范文本"
					: upload.getOriginalFilename();
			SampleFile stored = catalog.storeSample(fileName, upload.getContentType(), upload.getBytes());
			row.setSampleFileId(stored.id());
			row.setSampleFileName(stored.fileName());
		}
		catch (InputRejected ex) {
			// Wrong file type, empty or too large: say so at the file input, keep the
			// previous sample.
			errors.rejectValue(field, "sample", "示范文本未保存：" + ex.firstMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			row.setSample(null);
		}
	}

	/** Names the sample texts already attached, for display next to each material. */
	void describeSamples(Catalog catalog) {
		for (MaterialRow row : this.materials) {
			if (row != null && row.getSampleFileId() != null && row.getSampleFileName() == null) {
				row.setSampleFileName(
						catalog.sample(row.getSampleFileId()).map(SampleFile::fileName).orElse("（文件不存在）"));
			}
		}
	}

	@Override
	String formPath(String catalogPath) {
		Matcher m = INDEXED.matcher(catalogPath);
		if (!m.matches()) {
			return catalogPath;
		}
		List<Integer> rows = LEGAL_BASES.equals(m.group(1)) ? this.legalBasisRows : this.materialRows;
		int index = Integer.parseInt(m.group(2));
		int formIndex = index < rows.size() ? rows.get(index) : index;
		return m.group(1) + "[" + formIndex + "]" + m.group(3);
	}

	@Override
	void addRow(String section) {
		if (LEGAL_BASES.equals(section)) {
			this.legalBases.add(new LegalBasisRow());
		}
		else if (MATERIALS.equals(section)) {
			this.materials.add(MaterialRow.blank());
		}
	}

	@Override
	void padRows(int count) {
		for (int i = 0; i < count; i++) {
			addRow(LEGAL_BASES);
			addRow(MATERIALS);
		}
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getSubcategory() {
		return this.subcategory;
	}

	public void setSubcategory(String subcategory) {
		this.subcategory = subcategory;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public List<LegalBasisRow> getLegalBases() {
		return this.legalBases;
	}

	public void setLegalBases(List<LegalBasisRow> legalBases) {
		this.legalBases = legalBases;
	}

	public String getProcedureSteps() {
		return this.procedureSteps;
	}

	public void setProcedureSteps(String procedureSteps) {
		this.procedureSteps = procedureSteps;
	}

	public LimitFields getStatutoryLimit() {
		return this.statutoryLimit;
	}

	public void setStatutoryLimit(LimitFields statutoryLimit) {
		this.statutoryLimit = statutoryLimit;
	}

	public LimitFields getPromisedLimit() {
		return this.promisedLimit;
	}

	public void setPromisedLimit(LimitFields promisedLimit) {
		this.promisedLimit = promisedLimit;
	}

	public FeeFields getFee() {
		return this.fee;
	}

	public void setFee(FeeFields fee) {
		this.fee = fee;
	}

	public List<MaterialRow> getMaterials() {
		return this.materials;
	}

	public void setMaterials(List<MaterialRow> materials) {
		this.materials = materials;
	}

	public boolean isMajorDecision() {
		return this.majorDecision;
	}

	public void setMajorDecision(boolean majorDecision) {
		this.majorDecision = majorDecision;
	}

	public boolean isMediaRecordRequired() {
		return this.mediaRecordRequired;
	}

	public void setMediaRecordRequired(boolean mediaRecordRequired) {
		this.mediaRecordRequired = mediaRecordRequired;
	}

	public boolean isRandomInspection() {
		return this.randomInspection;
	}

	public void setRandomInspection(boolean randomInspection) {
		this.randomInspection = randomInspection;
	}

	public String getInspectionSubjects() {
		return this.inspectionSubjects;
	}

	public void setInspectionSubjects(String inspectionSubjects) {
		this.inspectionSubjects = inspectionSubjects;
	}

	public String getInspectionMethod() {
		return this.inspectionMethod;
	}

	public void setInspectionMethod(String inspectionMethod) {
		this.inspectionMethod = inspectionMethod;
	}

	/** One 执法依据 row: law, article, quoted text. */
	public static class LegalBasisRow {

		private String law;

		private String article;

		private String text;

		public LegalBasisRow() {
		}

		LegalBasisRow(String law, String article, String text) {
			this.law = law;
			this.article = article;
			this.text = text;
		}

		boolean isBlank() {
			return Inputs.blank(this.law) && Inputs.blank(this.article) && Inputs.blank(this.text);
		}

		public String getLaw() {
			return this.law;
		}

		public void setLaw(String law) {
			this.law = law;
		}

		public String getArticle() {
			return this.article;
		}

		public void setArticle(String article) {
			this.article = article;
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** One required material, with an optional sample text to upload or keep. */
	public static class MaterialRow {

		private String name;

		private boolean required;

		private String form;

		private String copies;

		private String note;

		private String sampleFileId;

		private String sampleFileName;

		private boolean removeSample;

		private MultipartFile sample;

		static MaterialRow blank() {
			MaterialRow row = new MaterialRow();
			row.setRequired(true);
			return row;
		}

		boolean isBlank() {
			return Inputs.blank(this.name) && Inputs.blank(this.form) && Inputs.blank(this.copies)
					&& Inputs.blank(this.note) && Inputs.blank(this.sampleFileId);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getForm() {
			return this.form;
		}

		public void setForm(String form) {
			this.form = form;
		}

		public String getCopies() {
			return this.copies;
		}

		public void setCopies(String copies) {
			this.copies = copies;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getSampleFileId() {
			return this.sampleFileId;
		}

		public void setSampleFileId(String sampleFileId) {
			this.sampleFileId = sampleFileId;
		}

		public String getSampleFileName() {
			return this.sampleFileName;
		}

		public void setSampleFileName(String sampleFileName) {
			this.sampleFileName = sampleFileName;
		}

		public boolean isRemoveSample() {
			return this.removeSample;
		}

		public void setRemoveSample(boolean removeSample) {
			this.removeSample = removeSample;
		}

		public MultipartFile getSample() {
			return this.sample;
		}

		public void setSample(MultipartFile sample) {
			this.sample = sample;
		}

	}

	/**
	 * A time limit as typed: amount and 工作日/自然日 (行政许可法 第八十二条: licensing counts working
	 * days).
	 */
	public static class LimitFields {

		private String amount;

		private String unit = DayUnit.WORKING_DAYS.name();

		static LimitFields of(TimeLimit limit) {
			LimitFields fields = new LimitFields();
			if (limit != null) {
				fields.amount = String.valueOf(limit.amount());
				fields.unit = limit.unit() == null ? null : limit.unit().name();
			}
			return fields;
		}

		/** Null when no amount is typed: the item has no such limit. */
		TimeLimit toLimit(String path, String label, Errors errors) {
			Integer days = Inputs.wholeNumber(this.amount, path + ".amount", label, false, 0, errors);
			DayUnit dayUnit = Inputs.choice(DayUnit.class, this.unit, path + ".unit", label + "单位", days != null,
					errors);
			return days == null || dayUnit == null ? null : new TimeLimit(days, dayUnit);
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

	}

	/** 收费 and its basis. */
	public static class FeeFields {

		private boolean charged;

		private String standard;

		private String basis;

		static FeeFields of(Fee fee) {
			FeeFields fields = new FeeFields();
			if (fee != null) {
				fields.charged = fee.charged();
				fields.standard = fee.standard();
				fields.basis = fee.basis();
			}
			return fields;
		}

		Fee toFee() {
			return new Fee(this.charged, text(this.standard), text(this.basis));
		}

		public boolean isCharged() {
			return this.charged;
		}

		public void setCharged(boolean charged) {
			this.charged = charged;
		}

		public String getStandard() {
			return this.standard;
		}

		public void setStandard(String standard) {
			this.standard = standard;
		}

		public String getBasis() {
			return this.basis;
		}

		public void setBasis(String basis) {
			this.basis = basis;
		}

	}

}
