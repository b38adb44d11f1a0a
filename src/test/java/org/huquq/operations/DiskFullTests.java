package org.huquq.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.huquq.support.TestUsers.as;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huquq.HuquqApplication;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A full disk on the embedded stack: H2 closes its database after a failed write and Lucene drops the writes it
 * could not commit. The instance says it is not ready while that lasts, and once space is freed it takes writes
 * again and its index finds every record saved meanwhile, without a restart. Huquq runs here on a 48 MB tmpfs
 * mounted as its data directory, which needs root; elsewhere the test is skipped.
 */
class DiskFullTests {

    @TempDir
    Path parent;

    @Test
    void whileTheDiskIsFullTheInstanceIsNotReadyAndOnceSpaceIsFreedItWorksAgainWithoutARestart() throws Exception {
        EmbeddedStack.assume("its database and index live in the data directory");
        Path dataDir = Files.createDirectories(parent.resolve("data"));
        assumeThat(Mounts.tmpfs(dataDir, "size=48m")).as("mounting a 48 MB tmpfs (needs root)").isTrue();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HuquqApplication.class).run(
                "--huquq.data-dir=" + dataDir, "--server.port=0", "--huquq.demo=false",
                "--huquq.health.probe-interval=PT0S")) {
            Huquq huquq = new Huquq(app);
            assertThat(huquq.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

            Path filler = dataDir.resolve("filler");
            fill(filler);
            List<PlaceView> saved = new ArrayList<>();
            RuntimeException refused = null;
            for (int i = 1; i <= 5000 && refused == null; i++) {
                try {
                    saved.add(huquq.createPlace("DF-" + i));
                } catch (RuntimeException e) {
                    refused = e;
                }
            }
            assertThat(refused).as("a save refused for want of space").isNotNull();
            HttpResponse<String> notReady = huquq.get("/actuator/health/readiness");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"status\":\"DOWN\"").doesNotContain("components");
            assertThat(huquq.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            Files.delete(filler);

            // the first probe after that may still meet the database H2 closed, and replaces the pooled connections
            int readiness = 503;
            for (int probe = 1; probe <= 3 && readiness != 200; probe++) {
                readiness = huquq.get("/actuator/health/readiness").statusCode();
            }
            assertThat(readiness).as("ready again once space is freed").isEqualTo(200);
            saved.add(huquq.createPlace("DF-AFTER"));
            assertThat(app.getBean(SearchIndexCatchUp.class).catchUpNow()).isTrue();
            for (PlaceView place : saved) {
                assertThat(huquq.find(place.code())).as("place %s, saved and found", place.code())
                        .extracting(PlaceView::id).contains(place.id());
            }
        } finally {
            Mounts.unmount(dataDir);
        }
    }

    /** Writes until the file system has no space left. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException noSpaceLeft) {
            assertThat(noSpaceLeft).hasMessageContaining("No space left");
        }
    }

    /** The running instance, through its HTTP port and as an editor of its one institution. */
    private static final class Huquq {

        private final HttpClient http = HttpClient.newHttpClient();
        private final String base;
        private final PlaceManagement places;
        private final HuquqUser editor;

        Huquq(ConfigurableApplicationContext app) {
            this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            this.places = app.getBean(PlaceManagement.class);
            TestUsers users = app.getBean(TestUsers.class);
            this.editor = users.user(users.institution(), Role.CASE_OFFICER);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        PlaceView createPlace(String code) {
            return as(editor, () -> places.create(PlaceMother.colony().code(code).build()));
        }

        List<PlaceView> find(String code) {
            return as(editor, () -> places.search(new PlaceFilter(code, null, null, null), 0, 10).items());
        }
    }
}
