package org.sanxiang.casework.service;

import java.time.Clock;
import java.time.LocalDate;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.identity.Role;

import org.springframework.context.ApplicationContext;

/**
 * The paths to a decision that do not go through the web: a direct call of
 * {@link Casework#act} (the method the REST API and the console call), the scheduled
 * sweeps that act by law ({@link DeemedAcceptanceSweep}, {@link DeemedRenewalSweep}) and
 * the demo-data loader ({@link LicensingDemoCases}). For tests outside the module that
 * prove the legal-review gate (SH-1) holds on each; it lives here because these are the
 * module's internals.
 */
public final class DecisionPaths {

	/**
	 * Why the core refused: the rule's id (e.g. {@code SH-1}) and the message, as the
	 * REST problem body and the console page show them.
	 */
	public record Refused(String rule, String message) {
	}

	private final Casework casework;

	private final DeemedAcceptanceSweep acceptances;

	private final DeemedRenewalSweep renewals;

	private final LicensingDemoCases demo;

	private DecisionPaths(ApplicationContext context) {
		this.casework = context.getBean(Casework.class);
		this.acceptances = context.getBean(DeemedAcceptanceSweep.class);
		this.renewals = context.getBean(DeemedRenewalSweep.class);
		this.demo = context.getBean(LicensingDemoCases.class);
	}

	public static DecisionPaths of(ApplicationContext context) {
		return new DecisionPaths(context);
	}

	/** 准予许可 by {@code approver} (a 负责人); the refusal, or {@code null} when granted. */
	public Refused grant(CaseId id, int revision, String text, String licenceNumber, LocalDate validTo,
			String approver) {
		return act(id, LicensingAction.GRANT, request(revision, null, text, licenceNumber, validTo), approver);
	}

	/** 不予许可 with {@code reasons}; the refusal, or {@code null} when denied. */
	public Refused deny(CaseId id, int revision, String reasons, String approver) {
		return act(id, LicensingAction.DENY, request(revision, null, reasons, null, null), approver);
	}

	/**
	 * 撤销 of the licence for {@code reason}; the refusal, or {@code null} when revoked.
	 */
	public Refused revoke(CaseId id, int revision, String reason, String approver) {
		return act(id, LicensingAction.REVOKE_LICENCE, request(revision, reason, null, null, null), approver);
	}

	/** The morning sweep of 视为受理 (XK-32b) as of {@code clock}: how many it accepted. */
	public int deemAcceptances(Clock clock) {
		return this.acceptances.sweep(clock);
	}

	/** The morning sweep of 视为准予延续 (XK-50) as of {@code clock}: how many it renewed. */
	public int deemRenewals(Clock clock) {
		return this.renewals.sweep(clock);
	}

	/** The demo-data loader, as it runs at start-up. */
	public void loadDemoCases() {
		this.demo.run(null);
	}

	private Refused act(CaseId id, LicensingAction action, ActionRequest request, String approver) {
		try {
			this.casework.act(id, action, request, Actor.staff(approver, approver, Role.DIRECTOR));
			return null;
		}
		catch (CaseActionRefused refused) {
			return new Refused(refused.refusal().rule() == null ? null : refused.refusal().rule().id(),
					refused.getMessage());
		}
	}

	private static ActionRequest request(int revision, String reason, String text, String licenceNumber,
			LocalDate validTo) {
		return new ActionRequest(revision, null, reason, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, text, licenceNumber, validTo, null, null);
	}

}
