package vn.danvan.document.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parsing speed on one thread (so per core) with full extraction — bytes sniffed and decoded, text cleaned, every
 * particular and every citation found — on the three seeds as text and as DOCX, and on a generated corpus of about
 * 20 MB: documents put together from the seeds' headers and paragraphs with other numbers, dates and symbols. Each
 * operation parses one document; the {@code bytes} counter turns operations per second into MB/s. As the machine may
 * be shared, {@link #main} also measures the corpus by the CPU time of the parsing thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParserBenchmark {

    private static final List<String> SEEDS = List.of("000_6b076b1f970a0aef", "001_e77826071ea44a9d", "003_805e6ce0319a12de");
    private static final int CORPUS_BYTES = 20 * 1024 * 1024;

    private final DocumentParser parser = new DocumentParser();
    private List<byte[]> seeds;
    private List<byte[]> seedsDocx;
    private List<byte[]> corpus;

    /** Input bytes parsed; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Progress {
        public long bytes;
        int next;
    }

    @Setup(Level.Trial)
    public void prepare() {
        seeds = SEEDS.stream().map(seed -> resource("/demo/documents/" + seed + ".txt")).toList();
        seedsDocx = seeds.stream().map(ParserBenchmark::docx).toList();
        corpus = corpus(seeds, new Random(20260223));
    }

    @Benchmark
    public ParsedDocument seeds(Progress progress) {
        return parse(seeds, progress);
    }

    @Benchmark
    public ParsedDocument seedsDocx(Progress progress) {
        return parse(seedsDocx, progress);
    }

    @Benchmark
    public ParsedDocument corpus(Progress progress) {
        return parse(corpus, progress);
    }

    private ParsedDocument parse(List<byte[]> documents, Progress progress) {
        byte[] content = documents.get(progress.next++ % documents.size());
        progress.bytes += content.length;
        return parser.parse(content, "benchmark");
    }

    /** Runs the benchmarks (JMH options as arguments) and prints MB/s for each. */
    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ParserBenchmark.class.getName()).build()).run();
        System.out.println();
        for (RunResult run : results) {
            Result<?> bytes = run.getSecondaryResults().get("bytes");
            String name = run.getParams().getBenchmark().substring(ParserBenchmark.class.getName().length() + 1);
            System.out.printf("parse %-10s %6.1f MB/s per core (± %.1f)%n", name, bytes.getScore() / 1e6,
                    Double.isNaN(bytes.getScoreError()) ? 0 : bytes.getScoreError() / 1e6);
        }
        ParserBenchmark inProcess = new ParserBenchmark();
        inProcess.prepare();
        System.out.printf("corpus: %.1f MB generated from the seeds%n", size(inProcess.corpus) / 1e6);
        inProcess.measureCpu("seeds", inProcess.seeds, 400);
        inProcess.measureCpu("corpus", inProcess.corpus, 3);
    }

    /** Parses the documents (after two warm-up rounds) and prints MB per second of the parsing thread's CPU time. */
    private void measureCpu(String name, List<byte[]> documents, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < Math.max(2, rounds / 2); round++) {
            documents.forEach(document -> parser.parse(document, "warm-up"));
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            documents.forEach(document -> parser.parse(document, "measured"));
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.printf("parse %-10s %6.1f MB per CPU second (%.1f MB in %.1f s CPU, %.1f s wall)%n", name,
                rounds * size(documents) / 1e6 / cpuSeconds, rounds * size(documents) / 1e6, cpuSeconds, wallSeconds);
    }

    private static long size(List<byte[]> documents) {
        return documents.stream().mapToLong(document -> document.length).sum();
    }

    /**
     * About 20 MB of documents, each the header of one seed followed by paragraphs drawn from all three, with a
     * third of their digits changed (new numbers, dates and symbols, some of them impossible).
     */
    static List<byte[]> corpus(List<byte[]> seeds, Random random) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (byte[] seed : seeds) {
            paragraphs.add(List.of(new String(seed, StandardCharsets.UTF_8).split("\n")));
        }
        List<byte[]> corpus = new ArrayList<>();
        long size = 0;
        while (size < CORPUS_BYTES) {
            List<String> header = paragraphs.get(random.nextInt(paragraphs.size()));
            StringBuilder text = new StringBuilder();
            int headerLines = Math.min(25, header.size());
            for (int i = 0; i < headerLines; i++) {
                text.append(header.get(i)).append('\n');
            }
            int body = 40 + random.nextInt(400);
            for (int i = 0; i < body; i++) {
                List<String> from = paragraphs.get(random.nextInt(paragraphs.size()));
                text.append(from.get(random.nextInt(from.size()))).append('\n');
            }
            byte[] document = newDigits(text, random).getBytes(StandardCharsets.UTF_8);
            corpus.add(document);
            size += document.length;
        }
        return corpus;
    }

    private static String newDigits(CharSequence text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' && random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : c);
        }
        return out.toString();
    }

    private static byte[] docx(byte[] text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
