package vn.danvan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;

/**
 * The Lucene index of registered documents under the data directory: symbol, title, issuer and text, folded so that
 * "dan van kheo" finds "Dân vận khéo". It is a copy of the database: rebuilt when it is missing or was built from
 * another database, and updated after each change commits. Application contexts of one JVM that use the same
 * directory share one writer.
 */
@Component
class DocumentIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);
    private static final Map<Path, Shared> OPEN = new HashMap<>();
    private static final String TOKEN = "database";
    /** Changes when the fields are indexed differently, so that an older index is rebuilt. */
    private static final String LAYOUT = "layout";
    private static final String LAYOUT_VERSION = "2";
    /** Title and text keep their offsets in the postings: highlights need no second analysis of the text. */
    private static final FieldType HIGHLIGHTED = highlighted();
    private static final Set<String> LISTED = Set.of("id", "symbol", "title", "issuer", "issuedOn");
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
            return new TokenStreamComponents(tokenizer, stream);
        }
    };
    private static final String INDEXED = """
            select d.id, d.symbol, d.symbol_key, d.title, d.issuer, d.issuer_code, d.issued_on, u.path, t.body
            from document_record d join org_unit u on u.id = d.unit_id left join document_text t on t.document_id = d.id
            where d.status <> 'STUB'""";

    /** One open index, shared by the contexts that point at the same directory. */
    private static final class Shared {
        final FSDirectory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        final ScheduledExecutorService committer;
        final AtomicBoolean commitPending = new AtomicBoolean();
        int users;

        Shared(Path path) throws IOException {
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(FOLDING).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, null);
            committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "document-index-commit");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    private final Path path;
    private final JdbcClient jdbc;
    private Shared shared;

    DocumentIndex(DataDirectory data, JdbcClient jdbc) {
        this.path = data.resolve("search/documents");
        this.jdbc = jdbc;
    }

    /** The open index, checked against the database (and rebuilt from it) the first time. */
    private synchronized Shared index() {
        if (shared != null) {
            return shared;
        }
        synchronized (OPEN) {
            try {
                Shared open = OPEN.get(path);
                if (open == null) {
                    open = new Shared(path);
                    OPEN.put(path, open);
                }
                open.users++;
                shared = open;
                rebuildIfStale(open);
                return open;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void rebuildIfStale(Shared index) throws IOException {
        String token = databaseToken();
        String indexed = null;
        String layout = null;
        Iterable<Map.Entry<String, String>> data = index.writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (TOKEN.equals(entry.getKey())) {
                    indexed = entry.getValue();
                } else if (LAYOUT.equals(entry.getKey())) {
                    layout = entry.getValue();
                }
            }
        }
        long inDatabase = jdbc.sql("select count(*) from document_record where status <> 'STUB' and unit_id is not null")
                .query(Long.class).single();
        if (token.equals(indexed) && LAYOUT_VERSION.equals(layout) && index.writer.getDocStats().numDocs == inDatabase) {
            return;
        }
        long started = System.nanoTime();
        index.writer.deleteAll();
        UUID after = new UUID(0, 0);
        while (after != null) {
            List<Document> batch = jdbc.sql(INDEXED + " and d.id > ? order by d.id limit 500").param(after)
                    .query((rs, n) -> document(rs)).list();
            index.writer.addDocuments(batch);
            after = batch.size() < 500 ? null : UUID.fromString(batch.get(batch.size() - 1).get("id"));
        }
        index.writer.setLiveCommitData(Map.of(TOKEN, token, LAYOUT, LAYOUT_VERSION).entrySet());
        index.writer.commit();
        index.searchers.maybeRefreshBlocking();
        log.info("Rebuilt the document index ({} documents) in {} ms", inDatabase, (System.nanoTime() - started) / 1_000_000);
    }

    private String databaseToken() {
        return jdbc.sql("select token from document_search_state where id = 1").query(String.class).optional()
                .orElseGet(() -> {
                    String token = UUID.randomUUID().toString();
                    jdbc.sql("insert into document_search_state (id, token) values (1, ?)").param(token).update();
                    return token;
                });
    }

    /** Opens the index (rebuilding it when stale) before the first search needs it. */
    void open() {
        index();
    }

    /** Brings one document's entry up to date with the database (removing it when it is no longer registered). */
    void refresh(UUID id) {
        Shared index = index();
        try {
            List<Document> found = jdbc.sql(INDEXED + " and d.id = ?").param(id).query((rs, n) -> document(rs)).list();
            if (found.isEmpty()) {
                index.writer.deleteDocuments(new Term("id", id.toString()));
            } else {
                index.writer.updateDocument(new Term("id", id.toString()), found.get(0));
            }
            index.searchers.maybeRefreshBlocking();
            commitSoon(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitSoon(Shared index) {
        if (index.commitPending.compareAndSet(false, true)) {
            index.committer.schedule(() -> {
                index.commitPending.set(false);
                try {
                    index.writer.commit();
                } catch (IOException | RuntimeException e) {
                    log.warn("Could not commit the document index: {}", e.toString());
                }
            }, 1, TimeUnit.SECONDS);
        }
    }

    private static Document document(java.sql.ResultSet rs) throws java.sql.SQLException {
        return document(rs.getObject("id", UUID.class), rs.getString("symbol"), rs.getString("symbol_key"),
                rs.getString("title"), rs.getString("issuer"), rs.getString("issuer_code"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("path"), rs.getString("body"));
    }

    private static Document document(UUID id, String symbol, String symbolKey, String title, String issuer,
            String issuerCode, LocalDate issuedOn, String unitPath, String body) {
        Document doc = new Document();
        doc.add(new StringField("id", id.toString(), Field.Store.YES));
        doc.add(new StringField("unit", unitPath, Field.Store.NO));
        if (symbolKey != null) {
            doc.add(new StringField("key", symbolKey, Field.Store.NO));
        }
        doc.add(new TextField("symbol", nfc(symbol), Field.Store.YES));
        doc.add(new Field("title", nfc(title), HIGHLIGHTED));
        doc.add(new TextField("issuer", nfc(join(issuer, issuerCode)), Field.Store.YES));
        doc.add(new Field("body", nfc(body), HIGHLIGHTED));
        if (issuedOn != null) {
            doc.add(new StoredField("issuedOn", issuedOn.toString()));
        }
        return doc;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00D0', 'Đ');
    }

    /** Documents of the units in scope that hold every word of the query in their symbol, title, issuer or text. */
    PageOf<SearchHit> search(String text, String symbolKey, Scope scope, Paging paging) {
        List<String> words = words(text);
        if (words.isEmpty() || scope.isEmpty()) {
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words.subList(0, Math.min(words.size(), 32))) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            anyField.add(new BoostQuery(new TermQuery(new Term("symbol", word)), 4), BooleanClause.Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term("title", word)), 3), BooleanClause.Occur.SHOULD);
            anyField.add(new BoostQuery(new TermQuery(new Term("issuer", word)), 2), BooleanClause.Occur.SHOULD);
            anyField.add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD);
            all.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        Query matching = all.build();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (symbolKey != null) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(matching, BooleanClause.Occur.SHOULD);
            either.add(new BoostQuery(new TermQuery(new Term("key", symbolKey)), 20), BooleanClause.Occur.SHOULD);
            query.add(either.build(), BooleanClause.Occur.MUST);
        } else {
            query.add(matching, BooleanClause.Occur.MUST);
        }
        if (!scope.isEverything()) {
            BooleanQuery.Builder units = new BooleanQuery.Builder();
            scope.roots().forEach(root -> units.add(new PrefixQuery(new Term("unit", root)), BooleanClause.Occur.SHOULD));
            query.add(units.build(), BooleanClause.Occur.FILTER);
        }
        Query built = query.build();
        Shared index = index();
        try {
            IndexSearcher searcher = index.searchers.acquire();
            try {
                int wanted = (int) Math.min(Integer.MAX_VALUE, paging.offset() + paging.size());
                TopDocs top = searcher.search(built, Math.max(1, wanted));
                // The best hits are found skipping what cannot compete; the exact count costs a second pass only when
                // there are more than a thousand.
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(built);
                ScoreDoc[] docs = top.scoreDocs;
                int from = (int) Math.min(paging.offset(), docs.length);
                int[] shown = new int[docs.length - from];
                for (int i = from; i < docs.length; i++) {
                    shown[i - from] = docs[i].doc;
                }
                Map<String, String[]> highlights = highlights(searcher, matching, shown);
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (int i = 0; i < shown.length; i++) {
                    Document doc = stored.document(shown[i], LISTED);
                    String issuedOn = doc.get("issuedOn");
                    hits.add(new SearchHit(UUID.fromString(doc.get("id")), blankToNull(doc.get("symbol")),
                            doc.get("title"), blankToNull(doc.get("issuer")),
                            issuedOn == null ? null : LocalDate.parse(issuedOn),
                            highlights.get("title")[i], highlights.get("body")[i]));
                }
                return new PageOf<>(hits, paging.page(), paging.size(), total);
            } finally {
                index.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The marked passages of the title (the whole title) and of the text (two passages of about 160 characters) of the
     * hits shown, read from the offsets kept in the index; HTML-escaped apart from the marks, null where nothing matched.
     */
    private static Map<String, String[]> highlights(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        if (docs.length == 0) {
            return Map.of("title", new String[0], "body", new String[0]);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, FOLDING)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(VietnameseText.VIETNAMESE), 160, 0.5f))
                .withMaxNoHighlightPassages(0).withMaxLength(200_000).build();
        Map<String, String[]> body = highlighter.highlightFields(new String[] {"body"}, query, docs, new int[] {2});
        UnifiedHighlighter whole = UnifiedHighlighter.builder(searcher, FOLDING)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(WholeBreakIterator::new).withMaxNoHighlightPassages(0).build();
        Map<String, String[]> title = whole.highlightFields(new String[] {"title"}, query, docs, new int[] {1});
        return Map.of("title", title.get("title"), "body", body.get("body"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The words of a query as the index holds them (lower case, without diacritics). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = FOLDING.tokenStream("body", nfc(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!words.contains(term.toString())) {
                    words.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public void destroy() throws IOException {
        synchronized (OPEN) {
            if (shared == null) {
                return;
            }
            shared.users--;
            if (shared.users == 0) {
                OPEN.remove(path);
                shared.committer.shutdownNow();
                shared.searchers.close();
                shared.writer.commit();
                shared.writer.close();
                shared.directory.close();
            }
            shared = null;
        }
    }
}
