package org.huquq.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over {@code huquq.imports.max-file-size}, sent to the real server: Tomcat stops reading it at the limit,
 * and the answer names the limit (here 1 MB, so that the test sends little).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "huquq.imports.max-file-size=1MB")
class ImportUploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Test
    void anUploadOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        HuquqUser officer = users.user(users.institution(), Role.CASE_OFFICER);
        String token = TestUsers.as(officer, () -> tokens.create(officer, "upload limit", null).secret());
        String row = "Бобозода Умед;07.03.1985\n";
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nФИО;Дата рождения\n" + row.repeat(2 * 1024 * 1024 / row.length())
                + "\r\n--b--\r\n";

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/imports?kind=PERSONS"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"file\"").contains("larger than 1 MB");
    }
}
