package org.sanxiang.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.sanxiang.documents.DocumentRenderDriver;

/**
 * Render throughput of issue 7 ("Tests and benchmark"): a five-page 准予行政许可决定书, laid out
 * after GB/T 9704-2012 and drawn as a PDF with its fonts embedded, rendered over and over
 * on every core; documents per second and the latency of one document (p50, p99).
 * <p>
 * Baselines, measured in the same run with the same threads, the sides taking turns:
 * <ul>
 * <li>the same text as plain lines of 28 characters, 22 a page, one font, no layout, the
 * font embedded the way PDFBox does by default ({@code PDType0Font.load(document, font,
 * true)}, subset when saved) — what "just print the text with PDFBox" costs;</li>
 * <li>the same plain lines with the font embedded as the renderer embeds it — so that
 * what is left of the difference is the layout (line breaking, the grid, tables,
 * pagination, the outlines of page numbers, QR code and seal, the second face).</li>
 * </ul>
 * All three start from fonts parsed once, as the application does when it starts.
 * <p>
 * Not a test: run it with {@code bench/documents} (see {@code bench/README.md}). System
 * properties: {@code bench.n} (documents per side per round, default 1000),
 * {@code bench.threads} (default: the available processors), {@code bench.rounds}
 * (default 3), {@code bench.warmup} (documents per side before measuring, default 300).
 */
public final class DocumentRenderBench {

	private DocumentRenderBench() {
	}

	/** The wall time of a side and the latency of each of its documents. */
	private record Measured(long nanos, long[] latencies, int bytes) {

		Measured plus(Measured other) {
			long[] all = Arrays.copyOf(this.latencies, this.latencies.length + other.latencies.length);
			System.arraycopy(other.latencies, 0, all, this.latencies.length, other.latencies.length);
			return new Measured(this.nanos + other.nanos, all, other.bytes);
		}

		double perSecond() {
			return this.latencies.length / (this.nanos / 1e9);
		}

		double percentile(double p) {
			long[] sorted = this.latencies.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
		}

	}

	public static void main(String[] args) throws Exception {
		int n = Integer.getInteger("bench.n", 1000);
		int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
		int rounds = Integer.getInteger("bench.rounds", 3);
		int warmup = Integer.getInteger("bench.warmup", 300);

		long start = System.nanoTime();
		DocumentRenderDriver driver = DocumentRenderDriver.start();
		double fontsMs = (System.nanoTime() - start) / 1e6;
		byte[] sample = driver.render();
		if (!driver.extractsExactly(sample)) {
			throw new IllegalStateException("the rendered decision does not read back as its text");
		}
		System.out.printf(Locale.ROOT,
				"文书渲染基准：五页《准予行政许可决定书》（%d 页，%.1f KB），每方每轮 %d 份 × %d 轮，%d 线程（可用处理器 %d），预热每方 %d 份；字体解析 %.0f ms（启动时一次）%n",
				DocumentRenderDriver.pages(sample), sample.length / 1024.0, n, rounds, threads,
				Runtime.getRuntime().availableProcessors(), warmup, fontsMs);

		List<String> names = List.of("platform: GB/T 9704 layout, two faces", "plain lines, PDFBox embedding",
				"plain lines, the renderer's embedding");
		List<Supplier<byte[]>> sides = List.of(driver::render, driver::plainWithPdfBoxEmbedding,
				driver::plainWithTheRenderersEmbedding);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (Supplier<byte[]> side : sides) {
				run(pool, threads, side, warmup);
			}
			Measured[] results = new Measured[sides.size()];
			for (int round = 0; round < rounds; round++) {
				for (int k = 0; k < sides.size(); k++) {
					// the sides take turns, each round starting with another one
					int s = (k + round) % sides.size();
					Measured m = run(pool, threads, sides.get(s), n);
					results[s] = results[s] == null ? m : results[s].plus(m);
				}
			}
			System.out.printf(Locale.ROOT, "%nDocument render benchmark (issue 7), %d threads, load average %.1f%n",
					threads, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf(Locale.ROOT, "%-40s %10s %9s %9s %9s%n", "side", "docs/s", "p50", "p99", "PDF");
			for (int s = 0; s < sides.size(); s++) {
				Measured m = results[s];
				System.out.printf(Locale.ROOT, "%-40s %10.1f %6.1f ms %6.1f ms %6.1f KB%n", names.get(s), m.perSecond(),
						m.percentile(0.50), m.percentile(0.99), m.bytes() / 1024.0);
			}
			System.out.printf(Locale.ROOT, "ratio platform ÷ plain lines with PDFBox embedding     = %.2f%n",
					results[0].perSecond() / results[1].perSecond());
			System.out.printf(Locale.ROOT, "ratio platform ÷ plain lines with the same embedding   = %.2f%n",
					results[0].perSecond() / results[2].perSecond());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Renders {@code n} documents on {@code threads} threads; each latency recorded. */
	private static Measured run(ExecutorService pool, int threads, Supplier<byte[]> side, int n) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long[] latencies = new long[n];
		int[] bytes = new int[1];
		List<Future<?>> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < threads; t++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					byte[] pdf = side.get();
					latencies[i] = System.nanoTime() - t0;
					bytes[0] = pdf.length;
				}
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		return new Measured(System.nanoTime() - start, latencies, bytes[0]);
	}

}
