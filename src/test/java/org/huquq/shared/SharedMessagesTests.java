package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SharedMessagesTests {

    @Test
    void russianAndTajikHaveEveryEnglishKeyAndNoEmptyText() throws IOException {
        Properties english = load("shared.properties");
        for (String translation : new String[] { "shared_ru.properties", "shared_tg.properties" }) {
            Properties translated = load(translation);
            assertThat(translated.stringPropertyNames()).as(translation)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            translated.forEach((key, text) -> assertThat((String) text).as(translation + " " + key).isNotBlank());
        }
    }

    @Test
    void tajikTextUsesTajikLetters() throws IOException {
        Properties tajik = load("shared_tg.properties");
        String all = String.join(" ", tajik.stringPropertyNames().stream().map(tajik::getProperty).toList());
        assertThat(all).containsAnyOf("ҳ", "қ", "ҷ", "ӣ", "ӯ", "ғ");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SharedMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
