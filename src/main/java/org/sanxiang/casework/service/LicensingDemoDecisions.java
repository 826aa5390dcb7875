package org.sanxiang.casework.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's major decision, made after the review module's demo data reviewed it (its
 * runner comes between {@link LicensingDemoCases} and this one): see
 * {@link LicensingDemoCases#decideReviewedMajorCase()}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 400)
class LicensingDemoDecisions implements ApplicationRunner {

	private final LicensingDemoCases demo;

	LicensingDemoDecisions(LicensingDemoCases demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.decideReviewedMajorCase();
	}

}
