package org.sanxiang.disclosure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.disclosure.PublicationEvent;
import org.sanxiang.disclosure.PublicationQuery;
import org.sanxiang.disclosure.PublishedDecisions;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * Keeps the {@link DecisionIndex} in step with the public decisions: rebuilt from
 * {@link PublishedDecisions#forEachPublic} when the application is ready (in the
 * background) and on an administrator's request, and brought up to date after every
 * committed {@link PublicationEvent} by re-reading that publication (absent = no longer
 * public = removed). Events can be lost in a crash; the rebuild at the next start makes
 * up for them.
 * <p>
 * Every write runs on one thread, in order, so an event that arrives during a rebuild is
 * applied after it and re-reads what the rebuild may have read earlier. Searches run on
 * the request threads against the latest refreshed reader: while the first rebuild runs
 * they answer from what is indexed so far and say so ({@link #building()}).
 * <p>
 * The index is held in memory unless {@code sanxiang.search.dir} names a directory: it is
 * derived data rebuilt at every start, a county's decisions take a few megabytes (1M
 * invented ones well under the default heap, see bench/search), and in memory there is no
 * lock file for two processes to contend for. On disk, the last run's index answers while
 * the rebuild runs.
 */
@Component
class DecisionIndexer implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DecisionIndexer.class);

	/** Rows between two refreshes during a rebuild, so results grow while it runs. */
	private static final int REFRESH_EVERY = 20_000;

	private final PublishedDecisions decisions;

	private final Clock clock;

	private final DecisionIndex index;

	private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "decision-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong generation;

	private final AtomicBoolean catchUpQueued = new AtomicBoolean();

	private volatile boolean building = true;

	private volatile Instant builtAt;

	/**
	 * Changes committed after this (database time) may not be in the index yet; null
	 * before the first rebuild started.
	 */
	private volatile Instant caughtUpTo;

	/**
	 * How far back each catch-up looks again: a row's change time is taken when it is
	 * written, and its transaction may commit a while later.
	 */
	private final Duration catchUpOverlap;

	DecisionIndexer(PublishedDecisions decisions, Clock clock, @Value("${sanxiang.search.dir:}") String dir,
			@Value("${sanxiang.search.catch-up-overlap:PT2M}") Duration catchUpOverlap) {
		this.catchUpOverlap = catchUpOverlap;
		this.decisions = decisions;
		this.clock = clock;
		this.index = new DecisionIndex(directory(dir));
		this.generation = new AtomicLong(this.index.committedGeneration());
	}

	private static Directory directory(String dir) {
		if (!StringUtils.hasText(dir)) {
			return new ByteBuffersDirectory();
		}
		try {
			return FSDirectory.open(Path.of(dir.strip()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		rebuild();
	}

	/**
	 * After the change committed (the search never shows what rolled back): re-read the
	 * publication on the index thread.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PublicationEvent event) {
		UUID id = event.publicationId();
		this.writer.submit(() -> reindex(id));
	}

	/**
	 * Runs on EVERY node, deliberately without a scheduler lock: the index is per node,
	 * and a publication changed through another node raises no event here. Re-reads the
	 * publications whose row changed since the last look (with an overlap for
	 * transactions that committed late), so this node's search follows within one
	 * interval.
	 */
	@Scheduled(fixedDelayString = "${sanxiang.search.catch-up-interval:PT10S}",
			initialDelayString = "${sanxiang.search.catch-up-interval:PT10S}")
	void catchUp() {
		// on the index thread, in order with events and rebuilds; the scheduler's thread
		// does not wait for it, and no second catch-up queues behind one not yet run
		if (this.caughtUpTo != null && this.catchUpQueued.compareAndSet(false, true)) {
			this.writer.submit(this::catchUpNow);
		}
	}

	/** Catches up now and waits (tests). */
	void catchUpAndWait() {
		this.catchUpQueued.set(true);
		await(this.writer.submit(this::catchUpNow));
	}

	private void catchUpNow() {
		this.catchUpQueued.set(false);
		Instant from = this.caughtUpTo;
		if (from == null) {
			return;
		}
		PublishedDecisions.Changes changes = this.decisions.changedSince(from.minus(this.catchUpOverlap));
		for (UUID id : changes.ids()) {
			this.decisions.find(id)
				.ifPresentOrElse(publication -> this.index.put(publication, this.generation.get()),
						() -> this.index.delete(id));
		}
		if (!changes.ids().isEmpty()) {
			this.index.refresh();
		}
		this.caughtUpTo = changes.asOf();
	}

	/** Starts a rebuild in the background; returns at once. */
	Future<?> rebuild() {
		this.building = true;
		return this.writer.submit(this::rebuildNow);
	}

	/**
	 * Rebuilds and waits for it (tests, after rows were written straight to the table).
	 */
	void rebuildAndWait() {
		await(rebuild());
	}

	/** Re-reads one publication and waits until searches see it. */
	void reindexAndWait(UUID id) {
		await(this.writer.submit(() -> reindex(id)));
	}

	private static void await(Future<?> future) {
		try {
			future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("检索索引更新失败", ex.getCause());
		}
	}

	private void rebuildNow() {
		long started = System.nanoTime();
		long generation = this.generation.incrementAndGet();
		long[] count = { 0 };
		try {
			this.building = true;
			// what changes from now on, the catch-up re-reads
			Instant asOf = this.decisions.changedSince(null).asOf();
			this.decisions.forEachPublic(publication -> {
				this.index.put(publication, generation);
				if (++count[0] % REFRESH_EVERY == 0) {
					this.index.refresh();
				}
			});
			this.index.dropOlderThan(generation);
			this.index.refresh();
			this.builtAt = this.clock.instant();
			this.caughtUpTo = asOf;
			log.info("公示决定检索索引已重建：{} 条，用时 {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("公示决定检索索引重建失败（已索引 {} 条）", count[0], ex);
			throw ex;
		}
		finally {
			this.building = false;
		}
	}

	private void reindex(UUID id) {
		try {
			this.decisions.find(id)
				.ifPresentOrElse(publication -> this.index.put(publication, this.generation.get()),
						() -> this.index.delete(id));
			this.index.refresh();
		}
		catch (RuntimeException ex) {
			// the next rebuild repairs it; the change itself has committed
			log.warn("公示决定 {} 未能更新到检索索引", id, ex);
			throw ex;
		}
	}

	/** True while a rebuild runs: results may be incomplete. */
	boolean building() {
		return this.building;
	}

	/** When the last rebuild finished, or {@code null} before the first. */
	Instant builtAt() {
		return this.builtAt;
	}

	long size() {
		return this.index.size(this.decisions.today());
	}

	DecisionIndex.Hits search(String text, PublicationQuery filters) {
		return this.index.search(text, filters, this.decisions.today());
	}

	/** Every match of a search, unpaged (recall checks). */
	java.util.Set<UUID> ids(String text) {
		return this.index.ids(text, PublicationQuery.all(0, 1), this.decisions.today());
	}

	DecisionStatistics statistics() {
		return this.index.statistics(this.decisions.today());
	}

	@Override
	public void destroy() throws IOException {
		this.writer.shutdownNow();
		this.index.close();
	}

}
