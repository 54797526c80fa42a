package vn.danvan.document.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever it is given — random text made of the pieces real documents contain, random bytes, seeds and DOCX files
 * with random edits — the parser returns a result or refuses with {@link UnreadableDocument}, nothing else. A single
 * 5 MB line built from the patterns its rules look for is read without catastrophic backtracking (the generous limit
 * only catches a hang: a linear parse of such a line takes well under a second).
 */
class DocumentParserProperties {

    private static final List<String> SEEDS = List.of("000_6b076b1f970a0aef", "001_e77826071ea44a9d", "003_805e6ce0319a12de");
    private static final List<String> PIECES = List.of("Số: ", "số ", "s1122/", "22/KH-LĐTBXH", "169/QĐ- UBND", "100 - KL/TW",
            "59/2023/NĐ-CP", "10/2022/QH15", "-CTr/", "/", "-", "ngày", "ngày22", " tháng ", " năm ", "06/01/2016", "6-1-2016",
            "29", "02", "2016", "Căn cứ ", "Thực hiện ", "V/v ", "TM. ", "KT. ", "TL. ", "Q. ", "TUQ. ", "GIÁM ĐỐC", "Nơi nhận:",
            "- Như trên;", "\u00D0", "Đ", "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "*", " | ", "“", "”", "\"", "(", ")", ";", ",", ".", ":", "\n", "\n\n", "\r\n", "\t", " ", "  ", "\u00A0",
            "\u200B", "\uFEFF", "e\u0301", "\uD83D\uDE00", "\uD800", "<", ">", "&amp;", "Kế hoạch", "Nghị quyết", "KH", "QĐ",
            "Dân vận khéo", "Đồng Nai", "Hà Nội, ", "1", "12", "123456789", "0");
    private static final List<String> LINES = List.of("số 1/1/1", "1-", "QĐ-", "Căn cứ ", "ngày 1 tháng 1 năm ", "1/",
            "Số: 12/KH-UBND ", "ngày22", "s1122/", "1 - KL/TW ", "12/2020/TT-", "A-B-C-D-", "(((( ", "V/v ", "KT. GIÁM ĐỐC ",
            "Đ", "| ", "\"Dân vận khéo\" ", "số 25-NQ/TW ngày 03/6/2013 ");

    private final DocumentParser parser = new DocumentParser();

    @Property(tries = 300)
    void randomTextIsParsedOrRefused(@ForAll("texts") String text) {
        assertParsedOrRefused(() -> parser.parseText(text));
    }

    @Property(tries = 300)
    void randomBytesAreParsedOrRefused(@ForAll("bytes") byte[] content) {
        assertParsedOrRefused(() -> parser.parse(content, "random.bin"));
    }

    @Property(tries = 200)
    void mutatedSeedsAreParsedOrRefused(@ForAll("seeds") byte[] seed, @ForAll long mutation) {
        byte[] mutated = mutate(seed, new Random(mutation));
        assertParsedOrRefused(() -> parser.parse(mutated, "mutated.txt"));
    }

    @Property(tries = 100)
    void mutatedDocxFilesAreParsedOrRefused(@ForAll long mutation) {
        byte[] mutated = mutate(DOCX, new Random(mutation));
        assertParsedOrRefused(() -> parser.parse(mutated, "mutated.docx"));
    }

    @Example
    void aFiveMegabyteLineOfEachPatternIsReadInLinearTime() {
        for (String piece : LINES) {
            String line = piece.repeat(5_000_000 / piece.length() + 1);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertParsedOrRefused(() -> parser.parseText(line)),
                    () -> "a 5 MB line of \"" + piece + "\"");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(8));
        return piece.list().ofMaxSize(400).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> magic = Arbitraries.of("%PDF-1.7\n", "PK\u0003\u0004", "\u00D0\u00CF\u0011\u00E0", "<html><body>",
                "\uFEFF", "\u00FF\u00FE").map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        return Arbitraries.oneOf(random, Combinators.combine(magic, random).as(DocumentParserProperties::concat));
    }

    @Provide
    Arbitrary<byte[]> seeds() {
        return Arbitraries.of(SEEDS).map(seed -> resource("/demo/documents/" + seed + ".txt"));
    }

    private void assertParsedOrRefused(Supplier<ParsedDocument> parse) {
        try {
            ParsedDocument parsed = parse.get();
            assertThat(parsed.document()).isNotNull();
            assertThat(parsed.citations()).isNotNull().doesNotContainNull();
        } catch (UnreadableDocument refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    /** Deletes, duplicates, overwrites and inserts random stretches of bytes. */
    private static byte[] mutate(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 64);
        int edits = 1 + random.nextInt(12);
        int[] at = random.ints(edits, 0, original.length).sorted().toArray();
        int from = 0;
        for (int edit : at) {
            int position = Math.max(edit, from);
            out.write(original, from, position - from);
            int length = 1 + random.nextInt(64);
            switch (random.nextInt(4)) {
                case 0 -> from = Math.min(original.length, position + length);
                case 1 -> {
                    out.write(original, position, Math.min(length, original.length - position));
                    from = position;
                }
                case 2 -> {
                    byte[] noise = new byte[length];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                    from = Math.min(original.length, position + length);
                }
                default -> {
                    out.writeBytes(PIECES.get(random.nextInt(PIECES.size())).getBytes(StandardCharsets.UTF_8));
                    from = position;
                }
            }
            from = Math.max(from, position);
        }
        out.write(original, from, original.length - from);
        return out.toByteArray();
    }

    private static final byte[] DOCX = docx(new String(resource("/demo/documents/" + SEEDS.get(0) + ".txt"), StandardCharsets.UTF_8));

    private static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static byte[] resource(String path) {
        try (InputStream in = DocumentParserProperties.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
