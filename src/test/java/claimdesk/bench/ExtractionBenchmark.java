package claimdesk.bench;

import claimdesk.analysis.figures.FigureContextFinder;
import claimdesk.analysis.figures.FigureExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread extraction throughput over a corpus of the seed articles repeated to at least 50 MB (UTF-8),
 * one {@code extractAll} call per article. The {@code chars} counter is characters per second; for these mostly
 * ASCII seeds that is close to bytes per second, and the corpus setup prints the exact bytes-per-char ratio.
 *
 * <p>Run from the project root:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ExtractionBenchmark -wi 2 -i 3 -f 1
 * </pre>
 * Add {@code -p seeds=/path/to/seeds} to use other articles.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class ExtractionBenchmark {
    private static final long CORPUS_BYTES = 50L * 1024 * 1024;

    @Param("seeds")
    public String seeds;

    private final FigureExtractor extractor = new FigureExtractor();
    /** The extractor as the app runs it: numbers plus what each figure counts, where, when and who said it. */
    private final FigureExtractor withContext = new FigureExtractor(new FigureContextFinder());
    private List<String> articles;
    private int next;

    /** Characters processed, reported by JMH as a rate (chars/s). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Processed {
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup
    public void loadCorpus() {
        List<String> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(seeds))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                originals.add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (originals.isEmpty()) {
            throw new IllegalStateException("no seed articles in " + seeds);
        }
        articles = new ArrayList<>();
        long bytes = 0;
        long chars = 0;
        while (bytes < CORPUS_BYTES) {
            for (String a : originals) {
                articles.add(new String(a.toCharArray()));   // distinct copies, so no cache sees one article
                bytes += a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                chars += a.length();
            }
        }
        System.out.printf("corpus: %d articles, %.1f MB UTF-8, %.4f bytes per char%n", articles.size(),
                bytes / 1e6, (double) bytes / chars);
    }

    @Benchmark
    public void extractArticle(Processed processed, Blackhole sink) {
        String article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        sink.consume(extractor.extractAll(article, null));
        processed.chars += article.length();
    }

    @Benchmark
    public void extractArticleWithContext(Processed processed, Blackhole sink) {
        String article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        sink.consume(withContext.extract(article, java.time.LocalDate.of(2025, 7, 6)));
        processed.chars += article.length();
    }
}
