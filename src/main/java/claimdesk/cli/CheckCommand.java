package claimdesk.cli;

import claimdesk.analysis.consistency.Finding;
import claimdesk.analysis.consistency.MeasureParts;
import claimdesk.analysis.consistency.TextRef;
import claimdesk.model.Article;
import claimdesk.model.Progress;
import claimdesk.service.ArticleImporter;
import claimdesk.service.ConsistencyService;
import claimdesk.service.ImportOutcome;
import claimdesk.store.LedgerException;
import claimdesk.store.LedgerPaths;
import claimdesk.store.LedgerStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks article files in memory ({@link FileCheck}), or adds them to the ledger named by {@code --db} and checks
 * that, and prints the consistency findings. JSON shape (a contract for scripts): {@code {"findings":[{"kind":..,
 * "message":..,"figures":[{"file":..,"start":..,"end":..,"text":..}]}]}}, plus per finding {@code measure}, {@code fingerprint}, {@code relation},
 * {@code confidence}, {@code why} and {@code measureParts} ({@code counted}, {@code population}, {@code place},
 * {@code period}, {@code periodFrom}, {@code periodTo}, {@code mode}, {@code dimension}; null when unknown);
 * {@code file} is the path as given for the files of this run, else the article's source name.
 *
 * <p>Exit codes: 0 checked (findings or none), 1 some file refused (the rest is still checked), 2 bad usage,
 * 3 the ledger could not be opened.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Flag inconsistent figures across and inside articles: conflicts, differing totals, broken "
                + "sums, copied sentences with a changed number, rates against totals, duplicated passages.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files to import and check.")
    List<Path> files = List.of();

    @Option(names = "--db", paramLabel = "PATH",
            description = "Check this ledger, a folder or a postgresql:// address (with FILEs added to it), instead "
                    + "of the FILEs alone.")
    String db;

    @Option(names = "--json", description = "Print JSON instead of a readable report.")
    boolean json;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) of FILEs that "
            + "give none, used to resolve periods such as 'this year'; a file's own date wins.")
    LocalDate published;

    @Spec
    CommandSpec spec;

    /** The ledger named by --db: a folder or a server. */
    private LedgerStore openLedger() {
        String reviewer = System.getProperty("user.name", "reviewer");
        java.util.Optional<claimdesk.store.LedgerServer> server = LedgerPaths.server(db);
        return server.isPresent() ? LedgerStore.open(server.get(), reviewer, null)
                : LedgerStore.open(LedgerPaths.resolve(Path.of(db)), reviewer);
    }

    @Override
    public Integer call() throws IOException {
        if (db == null) {
            return checkFiles();
        }
        return checkLedger();
    }

    /** No ledger: the files are checked in memory ({@link FileCheck}), and nothing is written to disk. */
    private int checkFiles() throws IOException {
        FileCheck.Outcome outcome = FileCheck.run(files, published);
        outcome.refusals().forEach(line -> err().println(TerminalText.safe(line)));
        java.util.function.LongFunction<String> file = id -> outcome.fileOf().getOrDefault(id, "article " + id);
        if (json) {
            printJson(outcome.findings(), file);
        } else {
            printReport(outcome.findings(), file);
        }
        return outcome.refusals().isEmpty() ? 0 : ClaimdeskCli.EXIT_PROBLEM;
    }

    /** The FILEs are added to the ledger named by --db, and the whole ledger is checked. */
    private int checkLedger() throws IOException {
        try (LedgerStore store = openLedger()) {
            Map<Long, String> fileOf = new HashMap<>();
            boolean refused = false;
            ArticleImporter importer = new ArticleImporter(store);
            for (Path file : files) {
                ImportOutcome outcome = importer.importFile(file, published);
                if (outcome instanceof ImportOutcome.Imported imported) {
                    fileOf.put(imported.article().id(), file.toString());
                } else if (outcome instanceof ImportOutcome.AlreadyThere known) {
                    fileOf.putIfAbsent(known.article().id(), file.toString());
                } else {
                    err().println(TerminalText.safe(outcome.describe()));
                    refused = true;
                }
            }
            ConsistencyService.Result result = new ConsistencyService(store).check(Progress.NONE);
            List<Finding> findings = result.findings();
            result.unreadable().forEach(article -> err().println("claimdesk: checked without its figures, which "
                    + "cannot be read: " + article));
            if (json) {
                printJson(findings, id -> fileOf.computeIfAbsent(id, key -> sourceName(store, key)));
            } else {
                printReport(findings, id -> fileOf.computeIfAbsent(id, key -> sourceName(store, key)));
            }
            return refused ? ClaimdeskCli.EXIT_PROBLEM : 0;
        } catch (LedgerException e) {
            err().println("claimdesk: " + e.getMessage());
            return ClaimdeskCli.EXIT_LEDGER;
        }
    }

    private void printJson(List<Finding> findings, java.util.function.LongFunction<String> file) throws IOException {
        ObjectMapper mapper = TerminalText.escapingControls(new ObjectMapper());
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject().put("kind", finding.kind().code()).put("message", finding.message())
                    .put("measure", finding.measureKey()).put("fingerprint", finding.fingerprint())
                    .put("relation", finding.relation()).put("confidence", finding.confidence().code())
                    .put("why", finding.why());
            putParts(node.putObject("measureParts"), finding.measureParts());
            ArrayNode figures = node.putArray("figures");
            for (TextRef ref : finding.refs()) {
                figures.addObject().put("file", file.apply(ConsistencyService.articleId(ref)))
                        .put("start", ref.start()).put("end", ref.end()).put("text", ref.text());
            }
        }
        out().println(mapper.writeValueAsString(root));
    }

    private static void putParts(ObjectNode node, MeasureParts parts) {
        node.put("counted", parts.counted()).put("population", parts.population()).put("place", parts.place())
                .put("period", parts.period())
                .put("periodFrom", parts.from() == null ? null : parts.from().toString())
                .put("periodTo", parts.to() == null ? null : parts.to().toString())
                .put("mode", parts.mode().code()).put("dimension", parts.dimension());
    }

    private void printReport(List<Finding> findings, java.util.function.LongFunction<String> file) {
        out().println(findings.size() + (findings.size() == 1 ? " finding" : " findings"));
        for (Finding finding : findings) {
            out().println();
            out().println("[" + finding.kind().code() + "] " + TerminalText.safe(finding.message()));
            if (!finding.why().isEmpty()) {
                out().println("    why (" + finding.confidence().code() + " confidence): "
                        + TerminalText.safe(finding.why()));
            }
            for (TextRef ref : finding.refs()) {
                String text = ref.text().replaceAll("\\s+", " ");
                out().printf("    %s:%d-%d  %s%n", TerminalText.safe(file.apply(ConsistencyService.articleId(ref))),
                        ref.start(), ref.end(),
                        TerminalText.safe(text.length() <= 100 ? text : text.substring(0, 99) + "\u2026"));
            }
        }
    }

    private static String sourceName(LedgerStore store, long articleId) {
        return store.article(articleId).map(Article::sourceName).orElse("article " + articleId);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
