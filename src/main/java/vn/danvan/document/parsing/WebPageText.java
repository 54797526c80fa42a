package vn.danvan.document.parsing;

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
import org.jsoup.select.NodeVisitor;

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
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new Renderer(out), main);
        return out.toString();
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

    /** Writes text nodes, a line break around blocks, " | " between table cells and "- " before list items. */
    private static final class Renderer implements NodeVisitor {

        private final StringBuilder out;

        Renderer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String value = text.getWholeText();
                boolean pre = node.parent() instanceof Element parent && parent.is("pre, pre *");
                out.append(pre ? value : value.replaceAll("\\s+", " "));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    if (element.elementSiblingIndex() > 0) {
                        out.append(" | ");
                    }
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                    if (tag.equals("li")) {
                        out.append("- ");
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                newLine();
            }
        }

        private void newLine() {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
