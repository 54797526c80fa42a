package vn.danvan.document.parsing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar danvan.jar parse FILE...}: prints a JSON array with one object per readable file, in argument
 * order. A file that cannot be read gives a one-line message on stderr and exit code 2 (the others are still printed);
 * no arguments give the usage and exit code 64. Runs without the application (no Spring context).
 */
public final class ParseCommand {

    public static final String NAME = "parse";

    private final DocumentParser parser = new DocumentParser();
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Runs the command on the files and returns the exit code. */
    public int run(List<String> files, PrintStream out, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: java -jar danvan.jar parse FILE...");
            return 64;
        }
        int exit = 0;
        List<Map<String, Object>> results = new ArrayList<>();
        for (String file : files) {
            try {
                Path path = Path.of(file);
                ParsedDocument parsed = parser.parse(Files.readAllBytes(path), String.valueOf(path.getFileName()));
                results.add(toJson(String.valueOf(path.getFileName()), parsed));
            } catch (UnreadableDocument e) {
                err.println(oneLine(e.getMessage()));
                exit = 2;
            } catch (IOException | InvalidPathException | SecurityException | OutOfMemoryError e) {
                err.println(oneLine(file + ": " + whyUnreadable(file, e)));
                exit = 2;
            } catch (RuntimeException e) {
                err.println(oneLine(file + ": cannot parse the file"));
                exit = 2;
            }
        }
        out.println(json.writeValueAsString(results));
        out.flush();
        return exit;
    }

    private static String whyUnreadable(String file, Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof InvalidPathException) {
            return "not a valid file name";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to read";
        }
        return Files.isDirectory(Path.of(file)) ? "is a directory, not a file" : "cannot read the file";
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }

    static Map<String, Object> toJson(String file, ParsedDocument parsed) {
        DocumentParticulars d = parsed.document();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("symbol", d.symbol());
        document.put("number", serial(d.symbol()));
        document.put("codes", d.codes());
        document.put("typeCode", d.typeCode());
        document.put("typeName", d.typeName());
        document.put("issuer", d.issuer());
        document.put("issuerCode", d.issuerCode());
        document.put("place", d.place());
        document.put("issuedOn", d.issuedOn() == null ? null : d.issuedOn().toString());
        document.put("title", d.title());
        document.put("signer", d.signer());
        document.put("signingAuthority", d.signingAuthority());
        document.put("signerTitle", d.signerTitle());
        document.put("recipients", d.recipients());
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation c : parsed.citations()) {
            Map<String, Object> citation = new LinkedHashMap<>();
            citation.put("symbol", c.symbol());
            citation.put("number", serial(c.symbol()));
            citation.put("typeCode", c.typeCode());
            citation.put("issuerCode", c.issuerCode());
            citation.put("issuedOn", c.issuedOn() == null ? null : c.issuedOn().toString());
            citation.put("title", c.title());
            citation.put("relation", c.relation().name());
            citations.add(citation);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file);
        result.put("kind", parsed.kind());
        result.put("document", document);
        result.put("citations", citations);
        return result;
    }

    /** The number as printed ("05", "22"), the same way for the document and its citations. */
    private static String serial(String symbol) {
        return symbol == null ? null : DocumentSymbol.parse(symbol).map(DocumentSymbol::serial).orElse(null);
    }
}
