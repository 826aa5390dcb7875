package org.sanxiang.review;

/**
 * A {@link Refusal} thrown by {@link LegalReviews}, so that the command changes nothing;
 * the REST API answers it with a problem body naming the rule (409 or 422), and a console
 * page shows {@link Refusal#message()}.
 */
public class ReviewRefused extends RuntimeException {

	private final transient Refusal refusal;

	public ReviewRefused(Refusal refusal) {
		super(refusal.message());
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return this.refusal;
	}

}
