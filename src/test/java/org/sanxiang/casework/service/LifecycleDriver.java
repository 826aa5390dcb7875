package org.sanxiang.casework.service;

import java.time.LocalDate;
import java.util.List;

import org.sanxiang.casework.Actor;
import org.sanxiang.casework.CaseId;
import org.sanxiang.catalog.CreditCode;
import org.sanxiang.identity.Role;

import org.springframework.context.ApplicationContext;

/**
 * Drives one non-major licence (XK-002) through the service layer step by step, as
 * {@code LicensingApiIntegrationTests} does over REST: apply (with the item's required
 * materials checked on paper at the window), accept, assign officers, site inspection,
 * opinion, grant, deliver, archive. The benchmark in {@code bench/} uses it from outside
 * the module; it lives here because {@link Casework} is the module's internal service.
 */
public final class LifecycleDriver {

	/**
	 * The steps in order; step {@code i > 0} acts on the case at revision {@code i - 1}.
	 */
	public static final List<String> STEPS = List.of("apply", "accept", "assign-officers", "site-inspection", "opinion",
			"grant", "deliver", "archive");

	private static final String CREDIT_CODE = "91431128MA4L0000" + "1" + CreditCode.checkCharacter("91431128MA4L00001");

	private static final List<String> OFFICERS = List.of("O-003", "O-004");

	/**
	 * XK-002's two required materials, checked on paper at the window: acceptance needs
	 * them (XK-32b).
	 */
	private static final List<MaterialSubmission> PAPER_MATERIALS = List.of(MaterialSubmission.paper("节能审查申请书"),
			MaterialSubmission.paper("节能报告"));

	private static final Actor CLERK = Actor.staff("clerk1", "窗口人员", Role.CLERK);

	private static final Actor DIRECTOR = Actor.staff("director1", "负责人", Role.DIRECTOR);

	private static final Actor OFFICER = Actor.staff("officer1", "执法人员", Role.OFFICER);

	private final Casework casework;

	private LifecycleDriver(Casework casework) {
		this.casework = casework;
	}

	public static LifecycleDriver of(ApplicationContext context) {
		return new LifecycleDriver(context.getBean(Casework.class));
	}

	/** Receives a new application and returns the case id. */
	public CaseId apply(int n) {
		Applicant applicant = new Applicant(Applicant.ApplicantKind.ORGANISATION, "新田县节能示范企业" + n, null, CREDIT_CODE,
				"李四", "0746-1234567", "新田县龙泉镇");
		return this.casework.apply(applicant, "XK-002", PAPER_MATERIALS, CLERK).id();
	}

	/** Step {@code step} (1 to 7) of {@link #STEPS} on the case. */
	public void step(CaseId id, int step) {
		LocalDate today = this.casework.today();
		int revision = step - 1;
		switch (step) {
			case 1 -> act(id, LicensingAction.ACCEPT, request(revision, null, null, null, null, null, null), CLERK);
			case 2 -> act(id, LicensingAction.ASSIGN_OFFICERS,
					request(revision, OFFICERS, null, null, null, null, null), DIRECTOR);
			case 3 -> act(id, LicensingAction.SITE_INSPECTION,
					request(revision, OFFICERS, "项目现场与申报材料一致", null, null, null, null), OFFICER);
			case 4 -> act(id, LicensingAction.OPINION, request(revision, null, null, "符合节能审查条件，拟准予", null, null, null),
					OFFICER);
			case 5 -> act(id, LicensingAction.GRANT,
					request(revision, null, null, null, "准予通过节能审查", today.plusYears(2), null), DIRECTOR);
			case 6 -> act(id, LicensingAction.DELIVER, request(revision, null, null, null, null, null,
					new ActionRequest.DeliveryRequest(ActionRequest.DeliveryRequest.Method.DIRECT, "李四", today, null,
							null, null, null, null, null, null, null)
						.withReceipts(List.of(), "送达回证原件已入纸质卷，扫描件待补传")),
					CLERK);
			case 7 -> act(id, LicensingAction.ARCHIVE, request(revision, null, null, null, null, null, null), CLERK);
			default -> throw new IllegalArgumentException("no step " + step);
		}
	}

	private void act(CaseId id, LicensingAction action, ActionRequest request, Actor actor) {
		this.casework.act(id, action, request, actor);
	}

	private static ActionRequest request(int revision, List<String> officers, String findings, String opinion,
			String text, LocalDate validTo, ActionRequest.DeliveryRequest delivery) {
		String licenceNumber = text == null ? null : "新发改能审〔2026〕" + revision + "号";
		return new ActionRequest(revision, null, null, null, null, null, officers, findings, opinion,
				opinion == null ? null : Boolean.TRUE, null, null, null, null, null, null, null, text, licenceNumber,
				validTo, null, delivery);
	}

}
