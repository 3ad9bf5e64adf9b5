package claimdesk.bench;

import claimdesk.analysis.figures.FigureContextFinder;
import claimdesk.model.Figure;
import claimdesk.model.FigureKind;
import claimdesk.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Context finding over the five seeds, with a figure at every number (more than the scanner will report).
 * One operation reads the seeds once; MB/s = 0.042 MB * ops/s. Run on demand, never as a gate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FigureContextFinderBench {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    private final FigureContextFinder finder = new FigureContextFinder();
    private final LocalDate published = LocalDate.of(2025, 7, 6);
    private String text;
    private List<Figure> figures;

    @Setup
    public void readSeeds() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.sorted().toList()) {
                all.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
            }
        }
        text = all.toString();
        figures = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            figures.add(new Figure(Span.of(text, m.start(), m.end()), FigureKind.COUNT, null, null, true, true,
                    false, null, null, null, null, null));
        }
    }

    @Benchmark
    public void findContextOfEveryNumber(Blackhole sink) {
        for (Figure figure : figures) {
            sink.consume(finder.find(text, figure, published));
        }
    }
}
