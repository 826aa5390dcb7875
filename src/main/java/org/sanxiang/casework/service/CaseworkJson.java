package org.sanxiang.casework.service;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;

import org.sanxiang.casework.licensing.LicensingState;

/**
 * Boot's JSON mapper taught the one thing the pure core does not say about itself: which
 * record a stored {@link LicensingState} is. A mix-in, so the core keeps no Jackson
 * annotations.
 */
final class CaseworkJson {

	private CaseworkJson() {
	}

	static JsonMapper of(JsonMapper boot) {
		return boot.rebuild().addMixIn(LicensingState.class, StateMixin.class).build();
	}

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@state")
	@JsonSubTypes({ @JsonSubTypes.Type(value = LicensingState.Received.class, name = "Received"),
			@JsonSubTypes.Type(value = LicensingState.AwaitingCorrection.class, name = "AwaitingCorrection"),
			@JsonSubTypes.Type(value = LicensingState.NotAccepted.class, name = "NotAccepted"),
			@JsonSubTypes.Type(value = LicensingState.UnderReview.class, name = "UnderReview"),
			@JsonSubTypes.Type(value = LicensingState.HearingPending.class, name = "HearingPending"),
			@JsonSubTypes.Type(value = LicensingState.Granted.class, name = "Granted"),
			@JsonSubTypes.Type(value = LicensingState.Denied.class, name = "Denied"),
			@JsonSubTypes.Type(value = LicensingState.Delivered.class, name = "Delivered"),
			@JsonSubTypes.Type(value = LicensingState.Archived.class, name = "Archived") })
	interface StateMixin {

	}

}
