package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every string of the interface exists in English, Russian and Tajik, and every key a template names exists. */
class MessageBundleTests {

    static final List<String> LANGUAGES = List.of("", "_ru", "_tg");

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : bundles()) {
            List<Set<String>> keys = new ArrayList<>();
            for (String language : LANGUAGES) {
                keys.add(load("i18n/" + bundle + language + ".properties").stringPropertyNames());
            }
            Set<String> all = new TreeSet<>();
            keys.forEach(all::addAll);
            for (int i = 0; i < LANGUAGES.size(); i++) {
                for (String key : all) {
                    if (!keys.get(i).contains(key)) {
                        missing.add(bundle + LANGUAGES.get(i) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void translationsAreNotLeftInEnglish() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load("i18n/" + bundle + ".properties");
            for (String language : List.of("_ru", "_tg")) {
                Properties translated = load("i18n/" + bundle + language + ".properties");
                for (String key : translated.stringPropertyNames()) {
                    String value = translated.getProperty(key);
                    // language names, brand and codes may legitimately stay the same
                    if (value.equals(english.getProperty(key)) && value.replaceAll("\\{[^}]*}", "").matches(".*[a-z]{4,}.*")
                            && !key.startsWith("web.language.") && !key.equals("web.brand")) {
                        untranslated.add(bundle + language + ": " + key);
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String bundle : bundles()) {
            known.addAll(load("i18n/" + bundle + ".properties").stringPropertyNames());
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        unknown.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    static Set<String> bundles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
            names.add(resource.getFilename().replaceAll("(_ru|_tg)?\\.properties$", ""));
        }
        return names;
    }

    static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
