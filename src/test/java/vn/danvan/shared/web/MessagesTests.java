package vn.danvan.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import vn.danvan.org.UnitKind;
import vn.danvan.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese first, English second, and nothing in between: every bundle has both languages with the same keys, every
 * key a template or an error uses exists, and no template holds literal UI text.
 */
class MessagesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path vietnamese : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = vietnamese.resolveSibling(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle for " + vietnamese).exists();
                assertThat(load(english).stringPropertyNames()).as(english.toString())
                        .containsExactlyInAnyOrderElementsOf(load(vietnamese).stringPropertyNames());
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path bundle : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                for (String key : load(bundle).stringPropertyNames()) {
                    if (!seen.add(key)) {
                        twice.add(key + " in " + bundle.getFileName());
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        Pattern messageKey = Pattern.compile("#\\{([a-zA-Z0-9._-]+)");
        Pattern messageCall = Pattern.compile("#messages\\.msg\\w*\\('([a-zA-Z0-9._-]+)'");
        for (Path template : templates()) {
            String text = Files.readString(template);
            for (Pattern pattern : List.of(messageKey, messageCall)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".") && !keys.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + TEMPLATES.relativize(template) + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleAndUnitKindHasAName() throws IOException {
        Set<String> keys = allKeys();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.messageKey());
        }
        for (UnitKind kind : UnitKind.values()) {
            assertThat(keys).contains(kind.messageKey());
        }
    }

    @Test
    void everyMessageCodeInTheCodeExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> prefixes = new HashSet<>();
        keys.forEach(key -> prefixes.add(key.substring(0, Math.max(0, key.indexOf('.')))));
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String code = matcher.group(1);
                    String prefix = code.substring(0, code.indexOf('.'));
                    if (prefixes.contains(prefix) && !prefix.equals("danvan") && !keys.contains(code)) {
                        missing.add(code + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                if (Set.of("script", "style", "pre", "code", "title").contains(element.tagName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String content = text.text().strip();
                    if (content.codePoints().anyMatch(Character::isLetter)) {
                        literals.add(TEMPLATES.relativize(template) + ": " + content);
                    }
                }
                for (String attribute : List.of("placeholder", "title", "alt", "aria-label")) {
                    if (element.hasAttr(attribute) && element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute + "=" + element.attr(attribute));
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path bundle : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                keys.addAll(load(bundle).stringPropertyNames());
            }
        }
        return keys;
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
