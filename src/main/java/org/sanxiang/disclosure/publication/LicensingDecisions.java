package org.sanxiang.disclosure.publication;

import java.util.Optional;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseEvent;
import org.sanxiang.casework.CaseDecided;
import org.sanxiang.casework.LicenceChanged;
import org.sanxiang.casework.RenewalDeemedGranted;
import org.sanxiang.casework.RenewalDenied;
import org.sanxiang.documents.DocumentIssued;
import org.sanxiang.documents.DocumentVoided;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every licensing decision gets its publication in the transaction that makes it (as the
 * documents module keeps its documents' status in step with the licence): 准予 and 不予许可
 * ({@link CaseDecided}), 变更, 延续, 撤回, 撤销 and 注销 ({@link LicenceChanged}), and the renewal
 * the law grants when the agency did not decide in time ({@link RenewalDeemedGranted},
 * XK-50: a 延续 with no decision document), and 不予延续 ({@link RenewalDenied}, 第五十条: a
 * refusal with its own decision document, published as a 不予许可 is). A decision is
 * published once: a repeated event finds its publication by source.
 * <p>
 * The decision document, issued separately ({@link DocumentIssued}), gives the
 * publication its 文书号 (GS-7).
 */
@Component
class LicensingDecisions {

	private final PublicationPipeline pipeline;

	LicensingDecisions(PublicationPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@EventListener
	void on(CaseDecided decided) {
		this.pipeline.decided(decision(decided).orElseThrow());
	}

	@EventListener
	void on(LicenceChanged changed) {
		this.pipeline.decided(decision(changed).orElseThrow());
	}

	@EventListener
	void on(RenewalDenied denied) {
		this.pipeline.decided(decision(denied).orElseThrow());
	}

	@EventListener
	void on(RenewalDeemedGranted deemed) {
		this.pipeline.decided(decision(deemed).orElseThrow());
	}

	/**
	 * The decision to publish that a case event records, if it is one: the listeners
	 * above and the backfill ({@link PublicationBackfill}) read the same events alike.
	 */
	static Optional<PublicationPipeline.Decision> decision(CaseEvent event) {
		if (event instanceof CaseDecided decided) {
			String action = decided.granted() ? "准予许可" : "不予许可";
			return Optional.of(new PublicationPipeline.Decision(decided.caseId(), action, "CaseDecided",
					decided.decidedOn(), decided.text(), decided.granted() ? null : "行政许可法 第三十八条", null,
					decided.journalActor(), decided.recorded().at(), true));
		}
		if (event instanceof LicenceChanged changed) {
			return Optional.of(new PublicationPipeline.Decision(changed.caseId(), changed.action(),
					"LicenceChanged:" + changed.action() + ":" + changed.on() + ":" + changed.recorded().at(),
					changed.on(), changed.recorded().reason(), changed.article(), changed.validTo(),
					changed.journalActor(), changed.recorded().at(), true));
		}
		if (event instanceof RenewalDenied denied) {
			return Optional.of(new PublicationPipeline.Decision(denied.caseId(), "不予延续",
					"RenewalDenied:" + denied.decidedOn() + ":" + denied.recorded().at(), denied.decidedOn(),
					denied.reasons(), "行政许可法 第五十条", null, denied.journalActor(), denied.recorded().at(), true));
		}
		if (event instanceof RenewalDeemedGranted deemed) {
			return Optional.of(new PublicationPipeline.Decision(deemed.caseId(), "延续",
					"RenewalDeemedGranted:" + deemed.expiredOn(), deemed.expiredOn().plusDays(1),
					"有效期届满前未作出是否准予延续的决定，依法视为准予延续", deemed.article(), deemed.validTo(), Actor.SYSTEM.account(),
					deemed.recorded().at(), false));
		}
		return Optional.empty();
	}

	/** A voided decision document: its publication waits for the replacement. */
	@EventListener
	void on(DocumentVoided voided) {
		this.pipeline.documentVoided(voided);
	}

	@EventListener
	void on(DocumentIssued issued) {
		if (PublicationPipeline.TEMPLATES.containsValue(issued.templateCode())) {
			this.pipeline.documentIssued(issued);
		}
	}

}
