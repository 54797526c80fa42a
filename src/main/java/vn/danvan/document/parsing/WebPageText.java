package vn.danvan.document.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The text of a saved web page without its chrome: scripts, styles, navigation, menus, headers, footers, side bars,
 * forms and share buttons are dropped; the main content (article, main, the largest content block) is kept with one
 * block per line and table cells separated by " | ".
 */
final class WebPageText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "menu", "object", "embed",
            "video", "audio", "map", "head", "link", "meta");
    private static final Pattern CHROME = Pattern.compile(
            "(?:^|[\\s_-])(?:menu|nav|navbar|breadcrumbs?|footer|header|sidebar|banner|advert|ads|social|share|sharing|comments?|cookie|related|toolbar|pagination|login|search|topbar|copyright)(?:$|[\\s_-])");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
            "section", "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "dl", "main", "center", "hr", "figure", "caption");

    private WebPageText() {
    }

    static String of(String html) {
        Document page = Jsoup.parse(html);
        for (String tag : DROPPED) {
            page.getElementsByTag(tag).remove();
        }
        Elements all = page.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            if (element.parent() != null && isChrome(element)) {
                element.remove();
            }
        }
        Element main = mainContent(page);
        return render(main, 0);
    }

    private static boolean isChrome(Element element) {
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo") || role.equals("search")) {
            return true;
        }
        String names = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && names.length() < 300 && CHROME.matcher(names).find() && !element.is("body, html, main, article");
    }

    private static Element mainContent(Document page) {
        for (String query : new String[] {"article", "main", "[role=main]", "#content", ".content", "#main", ".main"}) {
            Element candidate = page.selectFirst(query);
            if (candidate != null && candidate.text().length() > 200) {
                return candidate;
            }
        }
        return page.body() == null ? page : page.body();
    }

    /** Renders a node: text, a line break around blocks, "- " before list items, table rows as aligned cells. */
    private static String render(Node root, int tableDepth) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new Renderer(out, tableDepth), root);
        return out.toString();
    }

    /**
     * Writes text nodes and line breaks; a table row is written line by line with its cells side by side
     * ("UBND TỈNH … | CỘNG HÒA …"), as the row looks on paper.
     */
    private static final class Renderer implements NodeFilter {

        private static final int MAX_TABLE_DEPTH = 8;

        private final StringBuilder out;
        private final int tableDepth;

        Renderer(StringBuilder out, int tableDepth) {
            this.out = out;
            this.tableDepth = tableDepth;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                boolean pre = node.parent() instanceof Element parent && parent.normalName().equals("pre");
                out.append(pre ? value : value.replaceAll("\\s+", " "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("tr") && tableDepth < MAX_TABLE_DEPTH) {
                    newLine();
                    row(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    out.append(" | ");
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                    if (tag.equals("li")) {
                        out.append("- ");
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void row(Element row) {
            List<List<String>> cells = new ArrayList<>();
            int height = 0;
            for (Element cell : row.children()) {
                if (!cell.is("td, th")) {
                    continue;
                }
                List<String> lines = render(cell, tableDepth + 1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int line = 0; line < height; line++) {
                StringBuilder joined = new StringBuilder();
                int filled = 0;
                for (int c = 0; c < cells.size(); c++) {
                    String value = line < cells.get(c).size() ? cells.get(c).get(line) : "";
                    if (c > 0) {
                        joined.append(" | ");
                    }
                    joined.append(value);
                    if (!value.isEmpty()) {
                        filled = joined.length();
                    }
                }
                out.append(joined, 0, filled).append('\n');
            }
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
            return FilterResult.CONTINUE;
        }

        private void newLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
