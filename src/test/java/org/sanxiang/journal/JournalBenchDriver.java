package org.sanxiang.journal;

import org.springframework.context.ApplicationContext;

/**
 * Reaches the journal's internal verifier for the benchmark in {@code bench/}
 * ({@code org.sanxiang.bench.JournalBench}) and for the upgrade test
 * ({@code org.sanxiang.UpgradeFromPreviousReleaseIntegrationTests}); it lives here
 * because {@link JournalVerifier} is the module's internal service.
 */
public final class JournalBenchDriver {

	private final JournalVerifier verifier;

	private JournalBenchDriver(JournalVerifier verifier) {
		this.verifier = verifier;
	}

	public static JournalBenchDriver of(ApplicationContext context) {
		return new JournalBenchDriver(context.getBean(JournalVerifier.class));
	}

	/** The whole verification, as {@code POST /api/v1/journal/verify} runs it. */
	public JournalVerification verify() {
		return this.verifier.verify();
	}

}
