package org.sanxiang.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.sanxiang.casework.CaseId;
import org.sanxiang.casework.service.LifecycleDriver;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 文号 allocation under load on the real PostgreSQL (issue 7, item 3; WS-1): 1,000
 * concurrent requests in real transactions, some of which fail after taking their number,
 * leave a register of exactly 1…committed — no duplicate, no gap — and the same holds
 * when whole documents are issued concurrently and some fail to render.
 */
@SanxiangIntegrationTest
@AutoConfigureMockMvc
@Import(DocumentFixtures.OnTheTestDay.class)
class DocumentNumberingIntegrationTests {

	static final String AGENCY = "TEST-AGENCY-CONCURRENCY";

	@Autowired
	DocumentNumbering numbering;

	@Autowired
	JdbcIssuedDocuments documents;

	@Autowired
	Documents issuing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	/** A failure the test provokes after the number was taken. */
	static final class Deliberate extends RuntimeException {

		Deliberate() {
			super("deliberate rollback");
		}

	}

	@Test
	void aThousandConcurrentAllocationsWithRollbacksLeaveNoDuplicateAndNoGap() throws Exception {
		String series = "新发改并";
		int requests = 1000;
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentNumber>> futures = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			int request = i;
			futures.add(pool.submit(() -> {
				start.await();
				return tx.execute(status -> {
					DocumentNumber number = this.numbering.allocate(AGENCY, series, 2026);
					this.documents.insert(document(number), AGENCY, number, "并发测试", blob());
					if (request % 7 == 3) {
						// after the insert: the number and its rows must go back
						throw new Deliberate();
					}
					if (request % 11 == 5) {
						status.setRollbackOnly();
						return null;
					}
					return number;
				});
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		List<Integer> committed = new ArrayList<>();
		int failed = 0;
		for (Future<DocumentNumber> f : futures) {
			try {
				DocumentNumber n = f.get(120, TimeUnit.SECONDS);
				if (n != null) {
					committed.add(n.sequence());
				}
				else {
					failed++;
				}
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(Deliberate.class);
				failed++;
			}
		}
		long millis = (System.nanoTime() - began) / 1_000_000;
		pool.shutdown();
		System.out.printf("文号并发分配：%d 个请求，提交 %d，回滚 %d，用时 %d ms%n", requests, committed.size(), failed, millis);

		assertThat(failed).isGreaterThan(100);
		assertThat(committed).hasSize(requests - failed);
		assertThat(new HashSet<>(committed)).hasSameSizeAs(committed);
		List<Integer> registered = this.jdbc.sql(
				"select sequence from documents_number where agency_code = ? and series = ? and year = 2026 order by sequence")
			.params(AGENCY, series)
			.query(Integer.class)
			.list();
		assertThat(registered).containsExactlyElementsOf(IntStream.rangeClosed(1, committed.size()).boxed().toList());
		assertThat(committed).containsExactlyInAnyOrderElementsOf(registered);
		assertThat(this.jdbc
			.sql("select last_sequence from documents_series where agency_code = ? and series = ? and year = 2026")
			.params(AGENCY, series)
			.query(Integer.class)
			.single()).isEqualTo(committed.size());
		assertThat(this.jdbc.sql("select count(*) from documents_document where party = '并发测试' and number like ?")
			.param(series + "%")
			.query(Long.class)
			.single()).isEqualTo(committed.size());
	}

	@Test
	void concurrentIssuesOfWholeDocumentsWithRenderFailuresLeaveNoGap() throws Exception {
		String series = "新发改并文";
		DocumentTemplate template = DocumentFixtures.typedNotice(series);
		LifecycleDriver driver = LifecycleDriver.of(this.context);
		CaseId caseId = driver.apply(901);
		int requests = 30;
		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<IssuedDocument>> futures = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			int request = i;
			Callable<IssuedDocument> issue = () -> {
				start.await();
				// a third carry a character the font lacks: the render fails after the
				// number was taken
				String note = request % 3 == 0 ? "附件见😀" : "请于五个工作日内补正材料" + request;
				return this.issuing.issue(caseId, template, Map.of("note", note), null, DocumentFixtures.CLERK);
			};
			futures.add(pool.submit(issue));
		}
		start.countDown();
		List<IssuedDocument> issued = new ArrayList<>();
		int refused = 0;
		for (Future<IssuedDocument> f : futures) {
			try {
				issued.add(f.get(300, TimeUnit.SECONDS));
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(InputRejected.class).hasMessageContaining("U+1F600");
				refused++;
			}
		}
		pool.shutdown();

		assertThat(refused).isEqualTo(10);
		Set<String> numbers = new HashSet<>();
		issued.forEach(d -> numbers.add(d.number()));
		assertThat(numbers).hasSize(20)
			.containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, 20).mapToObj(n -> new DocumentNumber(series, 2026, n).text()).toList());
		assertThat(this.issuing.ofCase(caseId)).extracting(IssuedDocument::number)
			.containsExactlyInAnyOrderElementsOf(numbers);
		for (IssuedDocument d : issued) {
			assertThat(Sm3Digests.hex(this.issuing.pdf(d.id()))).isEqualTo(d.sm3());
		}
	}

	private static IssuedDocument document(DocumentNumber number) {
		return new IssuedDocument(UUID.randomUUID(), UUID.randomUUID(), number.text(), "test-concurrency", 1, "并发测试文书",
				"测试机关", DocumentFixtures.TODAY, Instant.now(), "test", "0".repeat(64), 1, DocumentStatus.VALID.label(),
				null);
	}

	private static BlobStore.Blob blob() {
		String key = "0".repeat(64);
		return new BlobStore.Blob(key, key, key, 1);
	}

}
