package org.sanxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.catalog.LegalBasis;

/**
 * The seven points as far as the records decide them (SH-4), for the reviewer to start
 * from: the power held for the item and the officers' certificates on each act's date
 * (执法主体, ZJ-1), the evidence still held, the legal bases still listed for the item, every
 * statutory clock in time with the hearing and the audio/video recordings the law
 * requires (程序, XK-46, JL-3), the discretion benchmark named, and — until the documents
 * module exists — the documents left to the reviewer. Pure: the service gathers the
 * facts.
 */
final class ComputedFindings {

	/** 执法资格 on one act's date. */
	record CertificateCheck(String act, LocalDate on, String officerId, String name, String certificateNumber,
			boolean valid, String why) {
	}

	/**
	 * The recordings an activity the law requires on audio/video has, or the approved
	 * exemption.
	 */
	record MediaCheck(String activity, int recordings, String exemption) {

		boolean met() {
			return this.recordings > 0 || this.exemption != null;
		}

	}

	/**
	 * The facts gathered for one review.
	 *
	 * @param powerHeld whether the agency holds the power for the item today
	 * @param power the sentence saying what power, or why not
	 * @param evidenceGone the package's evidence no longer held, by file name
	 * @param currentBases the legal bases the item lists today
	 */
	record Facts(CaseSnapshot c, boolean powerHeld, String power, List<CertificateCheck> certificates,
			List<MediaCheck> media, List<String> evidenceGone, List<LegalBasis> currentBases) {
	}

	static final String NO_DOCUMENTS_MODULE = "文书模块尚未启用，请人工核对";

	private ComputedFindings() {
	}

	static List<ComputedFinding> of(Facts f, ReviewPackage p) {
		return List.of(subject(f), facts(f, p), evidence(f, p), law(f, p), procedure(f), discretion(p),
				new ComputedFinding(ReviewPoint.DOCUMENTS, Finding.NEEDS_SUPPLEMENT, List.of(NO_DOCUMENTS_MODULE)));
	}

	private static ComputedFinding subject(Facts f) {
		List<String> facts = new ArrayList<>();
		facts.add(f.power());
		boolean allValid = true;
		for (CertificateCheck c : f.certificates()) {
			facts.add(c.on() + " " + c.act() + "：" + c.name() + "（" + c.officerId() + "）执法证 "
					+ (c.certificateNumber() == null ? "无" : c.certificateNumber())
					+ (c.valid() ? " 有效" : " 无效：" + c.why()));
			allValid &= c.valid();
		}
		Finding suggested;
		if (!f.powerHeld() || !allValid) {
			suggested = Finding.NON_COMPLIANT;
		}
		else if (f.certificates().isEmpty()) {
			facts.add("本案未记录承办人员或核查人员，无法核对执法资格");
			suggested = Finding.NEEDS_SUPPLEMENT;
		}
		else {
			suggested = Finding.COMPLIANT;
		}
		return new ComputedFinding(ReviewPoint.SUBJECT, suggested, facts);
	}

	private static ComputedFinding facts(Facts f, ReviewPackage p) {
		return new ComputedFinding(ReviewPoint.FACTS, null,
				List.of("申请人：" + f.c().applicant(),
						"事项：" + f.c().item().code() + " " + f.c().item().name() + "（第" + f.c().item().version() + "版）",
						"事实摘要 " + p.factsSummary().length() + " 字，见送审材料"));
	}

	private static ComputedFinding evidence(Facts f, ReviewPackage p) {
		List<String> facts = new ArrayList<>();
		for (ReviewPackage.Evidence e : p.evidence()) {
			facts.add(e.fileName() + "（" + e.activity() + "，SM3 " + GatePolicy.shortDigest(e.sm3()) + "）");
		}
		f.evidenceGone().forEach(name -> facts.add("证据“" + name + "”已不在证据库中"));
		return new ComputedFinding(ReviewPoint.EVIDENCE, f.evidenceGone().isEmpty() ? null : Finding.NON_COMPLIANT,
				facts);
	}

	private static ComputedFinding law(Facts f, ReviewPackage p) {
		List<String> facts = new ArrayList<>();
		boolean allCurrent = true;
		for (LegalBasis b : p.legalBases()) {
			boolean current = f.currentBases().contains(b);
			facts.add(b.law() + b.article() + (current ? "" : "（现行事项目录已不再列明该依据）"));
			allCurrent &= current;
		}
		return new ComputedFinding(ReviewPoint.LAW, allCurrent ? null : Finding.NEEDS_SUPPLEMENT, facts);
	}

	private static ComputedFinding procedure(Facts f) {
		CaseSnapshot c = f.c();
		List<String> facts = new ArrayList<>();
		boolean lawful = true;
		if (c.acceptedOn() != null) {
			facts.add("受理日期：" + c.acceptedOn());
		}
		for (CaseSnapshot.Clock clock : c.clocks()) {
			facts.add(clock.name() + "：至 " + clock.due() + "，"
					+ (clock.overdue() ? "已超期 " + -clock.workingDaysLeft() + " 个工作日"
							: "剩余 " + clock.workingDaysLeft() + " 个工作日")
					+ "（" + clock.urgency() + (clock.paused() ? "，中止计时中" : "") + "，" + clock.rule() + "）");
			lawful &= !clock.overdue();
		}
		if (c.requiredHearing() != null) {
			facts.add("依法应当听证（" + c.requiredHearing() + "）："
					+ (c.hearingRecord() != null ? "已听证，听证笔录 " + c.hearingRecord() : "尚未举行听证"));
			lawful &= c.hearingRecord() != null;
		}
		else if (c.hearingRecord() != null) {
			facts.add("已举行听证，听证笔录 " + c.hearingRecord());
		}
		for (MediaCheck m : f.media()) {
			facts.add(m.activity() + "：" + (m.recordings() > 0 ? "音像记录 " + m.recordings() + " 项"
					: m.exemption() != null ? "经负责人批准免于音像记录（" + m.exemption() + "）" : "应当音像记录，未见音像记录，也未经批准免于记录"));
			lawful &= m.met();
		}
		return new ComputedFinding(ReviewPoint.PROCEDURE, lawful ? Finding.COMPLIANT : Finding.NON_COMPLIANT, facts);
	}

	private static ComputedFinding discretion(ReviewPackage p) {
		List<String> facts = new ArrayList<>();
		if (PackagePolicy.blank(p.discretionReference())) {
			facts.add("未注明适用的裁量基准，请核对裁量说明（不涉及裁量的应当注明）");
			facts.add("裁量说明：" + p.discretionApplied());
			return new ComputedFinding(ReviewPoint.DISCRETION, null, facts);
		}
		facts.add("适用裁量基准：" + p.discretionReference());
		facts.add("裁量说明：" + p.discretionApplied());
		facts.add("裁量基准表尚未启用，请人工核对是否在基准范围内");
		return new ComputedFinding(ReviewPoint.DISCRETION, null, facts);
	}

}
