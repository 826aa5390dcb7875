package org.sanxiang.casework.service;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.sanxiang.platform.Installation;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A production installation gets no demo cases: the loader does not even look at the
 * cases (DESIGN.md, Configuration: no demo data in production).
 */
class LicensingDemoCasesTests {

	@Test
	void aProductionInstallationMakesNoDemoCases() {
		// no Casework at all: any use of it would fail
		LicensingDemoCases demo = new LicensingDemoCases(new Installation(false, false), null, Clock.systemUTC(), null,
				null);
		assertThatNoException().isThrownBy(() -> demo.run(null));
	}

}
