package org.sanxiang.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.casework.Actor;
import org.sanxiang.disclosure.PublicationStatus;
import org.sanxiang.identity.Role;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publications of the demo installation's decisions, so the portal shows them on
 * first start: the decided demo cases got their publications as they were decided, and
 * their decision documents their numbers (casework's, the review module's and the
 * documents module's demo data, orders 200–500); this approves each complete one as the
 * demo 负责人, as of the working day after its decision, as a 负责人 would have. Runs after
 * them, only on a demo installation where nothing was published yet, so a restart
 * publishes nothing again. In the {@code test} profile the demo cases have no documents
 * ({@code sanxiang.demo.documents=false}), so their publications stay 待文书 and nothing is
 * published, as with the documents themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 600)
class DemoPublications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);

	static final Actor DIRECTOR = Actor.staff("director", "赵志刚（示例）", Role.DIRECTOR);

	private final Installation installation;

	private final JdbcPublications publications;

	private final PublicationPipeline pipeline;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoPublications(Installation installation, JdbcPublications publications, PublicationPipeline pipeline,
			JdbcClient jdbc, Clock clock) {
		this.installation = installation;
		this.publications = publications;
		this.pipeline = pipeline;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo()
				|| this.jdbc.sql("select exists (select 1 from disclosure_publication where published_at is not null)")
					.query(Boolean.class)
					.single()) {
			return;
		}
		int published = 0;
		for (PublicationRecord r : this.publications.withStatus(java.util.List.of(PublicationStatus.AWAITING_APPROVAL),
				PublicationConsoleController.LIMIT)) {
			try {
				this.pipeline.publish(r.id(), DIRECTOR, dayAfter(r.publication().decidedOn()));
				published++;
			}
			catch (RuntimeException ex) {
				log.warn("演示公示（{}）未能发布：{}", r.publication().caseNumber(), ex.getMessage());
			}
		}
		if (published > 0) {
			log.info("已公示演示行政许可决定 {} 件", published);
		}
	}

	/** 10:00 on the working day after {@code decidedOn}, but never after now. */
	private Clock dayAfter(LocalDate decidedOn) {
		ZoneId zone = this.clock.getZone();
		Instant at = this.pipeline.deadlines().after(decidedOn, 1).atTime(10, 0).atZone(zone).toInstant();
		Instant now = this.clock.instant();
		return Clock.fixed(at.isAfter(now) ? now : at, zone);
	}

}
