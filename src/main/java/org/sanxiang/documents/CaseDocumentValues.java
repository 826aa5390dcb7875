package org.sanxiang.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sanxiang.casework.ApplicationAccepted;
import org.sanxiang.casework.ApplicationNotAccepted;
import org.sanxiang.casework.ApplicationReceived;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseFacts;
import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.CaseSnapshot;
import org.sanxiang.casework.ClockPaused;
import org.sanxiang.casework.CorrectionRequested;
import org.sanxiang.casework.DecisionDelivered;
import org.sanxiang.casework.DecisionPeriodExtended;
import org.sanxiang.casework.HearingHeld;
import org.sanxiang.casework.HearingRightNotified;
import org.sanxiang.casework.HearingScheduled;
import org.sanxiang.casework.InterestedPartiesNotified;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.Recorded;
import org.sanxiang.casework.RenewalApplied;
import org.sanxiang.casework.RenewalDenied;
import org.sanxiang.casework.SiteInspectionRecorded;
import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.EntryKind;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.Versioned;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of {@link CaseFieldValues#KEYS} read from casework's public API (the case's
 * snapshot and its events, the latest of each kind) and the catalog (the agency, the item
 * version the case applies, the officers' names and certificate numbers). Never the ID
 * number of a natural person: the snapshot does not carry it (GS-5, GS-7).
 */
@Component
class CaseDocumentValues implements CaseFieldValues {

	private final CaseFacts cases;

	private final Catalog catalog;

	CaseDocumentValues(CaseFacts cases, Catalog catalog) {
		this.cases = cases;
		this.catalog = catalog;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> values(CaseId caseId) {
		return this.cases.find(caseId).map(this::values).orElseGet(Map::of);
	}

	Map<String, String> values(CaseSnapshot c) {
		Values v = new Values();
		v.put("case.number", c.number());
		v.put("applicant.name", c.applicant());
		CaseSnapshot.ApplicantDetails a = c.applicantDetails();
		if (a != null) {
			v.put("applicant.kind", a.kind());
			v.put("applicant.creditCode", a.creditCode());
			v.put("applicant.contactName", a.contactName());
			v.put("applicant.contactPhone", a.contactPhone());
			v.put("applicant.address", a.address());
		}
		this.catalog.agency(c.agencyCode()).ifPresent(agency -> agency(v, agency));
		v.put("item.name", c.item().name());
		v.put("item.code", c.item().code());
		itemVersion(c).ifPresent(item -> item(v, item));
		v.date("acceptedOn", c.acceptedOn());
		v.date("decisionDue", c.decisionDue());
		v.put("officers", officers(c.officerIds(), List.of()));
		v.put("officers.names", names(c.officerIds()));
		if (c.licence() != null) {
			v.put("licence.number", c.licence().number());
			v.date("licence.validFrom", c.licence().validFrom());
			v.date("licence.validTo", c.licence().validTo());
			v.put("licence.status", c.licence().status());
		}
		for (CaseEvent event : c.history()) {
			event(v, event);
		}
		v.put("remedies", this.cases.remedies());
		return v.map;
	}

	/** What one event tells; a later event of the same kind replaces an earlier one. */
	private void event(Values v, CaseEvent event) {
		if (event instanceof ApplicationReceived e) {
			v.date("receivedOn", e.receivedOn());
			v.put("receivedBy", staff(e.recorded()));
		}
		else if (event instanceof CorrectionRequested e) {
			v.date("correction.noticeOn", e.noticeOn());
			v.put("correction.missing", numbered(e.missing()));
		}
		else if (event instanceof ApplicationNotAccepted e) {
			v.date("nonAcceptance.decidedOn", e.decidedOn());
			v.put("nonAcceptance.reason", clause(e.reason()));
			if (e.competentBody() != null && !e.competentBody().isBlank()) {
				// 行政许可法 第三十二条第一款第（二）项 (XK-32a): tell which body to apply to
				v.put("nonAcceptance.referral",
						"该申请事项依法不属于本机关职权范围，请向" + e.competentBody().strip() + "申请（《中华人民共和国行政许可法》第三十二条第一款第（二）项）。");
			}
		}
		else if (event instanceof ApplicationAccepted e) {
			v.put("acceptedBy", staff(e.recorded()));
		}
		else if (event instanceof SiteInspectionRecorded e) {
			v.date("inspection.on", e.inspectedOn());
			v.put("inspection.officers", officers(e.officerIds(), e.certificateNumbers()));
			v.put("inspection.findings", e.findings());
		}
		else if (event instanceof InterestedPartiesNotified e) {
			v.put("interestedParties.names", String.join("、", e.parties()));
			v.date("interestedParties.notifiedOn", e.notifiedOn());
		}
		else if (event instanceof ClockPaused e) {
			v.put("pause.kind", e.kind());
			v.date("pause.from", e.from());
			v.put("pause.notice", e.writtenNotice());
		}
		else if (event instanceof DecisionPeriodExtended e) {
			v.put("extension.days", Integer.toString(e.workingDays()));
			v.put("extension.reason", clause(e.recorded().reason()));
			v.put("extension.approvedBy", e.approvedBy());
			v.date("extension.approvedOn", e.approvedOn());
			v.date("extension.newDue", e.newDue());
		}
		else if (event instanceof HearingRightNotified e) {
			v.date("hearingRight.notifiedOn", e.notifiedOn());
			v.date("hearingRight.requestBy", e.requestBy());
		}
		else if (event instanceof HearingScheduled e) {
			v.date("hearing.noticeOn", e.noticeOn());
			v.date("hearing.on", e.hearingOn());
			v.put("hearing.place", e.place());
			v.put("hearing.host", e.host());
			v.put("hearing.parties", String.join("、", e.parties()));
		}
		else if (event instanceof HearingHeld e) {
			v.date("hearing.on", e.heldOn());
			v.put("hearing.record", e.recordReference());
		}
		else if (event instanceof CaseDecided e) {
			v.put("decision.result", e.granted() ? "准予" : "不予");
			v.put("decision.text", e.text());
			v.date("decision.decidedOn", e.decidedOn());
			v.put("decision.approvedBy", e.approvedBy());
		}
		else if (event instanceof LicenceChanged e) {
			v.put("licenceChange.action", e.action());
			v.date("licenceChange.on", e.on());
			v.put("licenceChange.reason", e.recorded().reason());
			v.put("licenceChange.article", e.article());
		}
		else if (event instanceof RenewalApplied e) {
			v.date("renewal.appliedOn", e.appliedOn());
			v.date("renewal.validTo", e.validTo());
		}
		else if (event instanceof RenewalDenied e) {
			v.date("renewalDenial.decidedOn", e.decidedOn());
			v.put("renewalDenial.reasons", e.reasons());
		}
		else if (event instanceof DecisionDelivered e) {
			v.put("delivery.method", e.method());
			v.date("delivery.on", e.deliveredOn());
		}
	}

	private static void agency(Values v, Agency agency) {
		v.put("agency.name", agency.name());
		v.put("agency.creditCode", agency.creditCode());
		v.put("agency.address", agency.address());
		v.put("agency.phone", agency.phone());
	}

	private static void item(Values v, Item item) {
		v.put("item.kind", item.subcategory());
		v.put("item.legalBasis",
				item.legalBases().stream().map(CaseDocumentValues::basis).collect(Collectors.joining("、")));
		if (item.statutoryLimit() != null) {
			v.put("item.timeLimit", item.statutoryLimit().toString());
		}
	}

	private static String basis(LegalBasis basis) {
		String law = basis.law() == null ? "" : basis.law().strip();
		return law + (basis.article() == null ? "" : basis.article().strip());
	}

	/** The item as the case applies it: the version in force when it was received. */
	private Optional<Item> itemVersion(CaseSnapshot c) {
		return this.catalog.history(EntryKind.ITEM, c.item().code())
			.stream()
			.filter(v -> v.version() == c.item().version())
			.findFirst()
			.map(Versioned::content)
			.or(() -> this.catalog.item(c.item().code()));
	}

	/** 张伟（执法证号：…）、李静（执法证号：…）: the officers shown with their certificates (ZJ-1). */
	private String officers(List<String> ids, List<String> certificateNumbers) {
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Optional<Officer> officer = officer(ids.get(i));
			String number = i < certificateNumbers.size() ? certificateNumbers.get(i)
					: officer.map(Officer::certificate).map(cert -> cert.number()).orElse(null);
			String name = officer.map(Officer::name).orElse(ids.get(i));
			shown.add(number == null ? name : name + "（执法证号：" + number + "）");
		}
		return shown.isEmpty() ? null : String.join("、", shown);
	}

	private String names(List<String> ids) {
		return ids.isEmpty() ? null
				: ids.stream().map(id -> officer(id).map(Officer::name).orElse(id)).collect(Collectors.joining("、"));
	}

	/** The officer as the catalog names them today, or as last named if they left. */
	private Optional<Officer> officer(String id) {
		return this.catalog.officer(id)
			.or(() -> this.catalog.history(EntryKind.OFFICER, id).stream().findFirst().map(Versioned::content));
	}

	/** The staff member who acted; the platform and the applicant are not. */
	private static String staff(Recorded recorded) {
		return recorded.actor().roles().isEmpty() ? null : recorded.actor().name();
	}

	/**
	 * A reason as the templates embed it mid-sentence (“经审查，{reason}。”): without its
	 * closing punctuation.
	 */
	private static String clause(String text) {
		return text == null ? null : text.strip().replaceAll("[。；;，,.\\s]+$", "");
	}

	private static String numbered(List<String> items) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			lines.add((i + 1) + "." + items.get(i).strip());
		}
		return String.join("；", lines) + (lines.isEmpty() ? "" : "。");
	}

	/**
	 * Values by key, dates printed as documents print them; a blank value leaves the key
	 * out, also when an earlier event had set it.
	 */
	private static final class Values {

		final Map<String, String> map = new HashMap<>();

		void put(String key, String value) {
			if (value != null && !value.isBlank()) {
				this.map.put(key, value.strip());
			}
			else {
				this.map.remove(key);
			}
		}

		void date(String key, LocalDate date) {
			put(key, date == null ? null : DocumentDates.chinese(date));
		}

	}

}
