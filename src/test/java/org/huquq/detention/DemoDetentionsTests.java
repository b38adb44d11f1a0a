package org.huquq.detention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huquq.identity.IdentityManagement;
import org.huquq.people.VulnerabilityMarker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo (loaded at the first start of a test database) holds, in each office, who of the story is held where and
 * what they asked for; each office sees only its own.
 */
@SpringBootTest
class DemoDetentionsTests {

    @Autowired
    DetentionManagement detentions;

    @Autowired
    DetaineeRequestManagement requests;

    @Autowired
    IdentityManagement identity;

    @Test
    void theCommissionersNationalsAtYas31AskedToGoHomeAndOneIsToBeReviewed() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<DetentionView> abroad = identity.runAsSystem(russian,
                () -> detentions.find(DetentionFilter.of(RegistryView.ABROAD), null, 100)).items();
        assertThat(abroad).hasSize(2).allSatisfy(record -> {
            assertThat(record.placeCountry()).isEqualTo("TJ");
            assertThat(record.legalStatus()).isEqualTo(DetentionManagement.SENTENCED);
            assertThat(record.sentence().releaseOn()).isNotNull();
        });
        assertThat(identity.runAsSystem(russian,
                () -> detentions.find(DetentionFilter.of(RegistryView.REVIEW), null, 100)).items())
                .extracting(DetentionView::personName).singleElement().asString().contains("Петров");
        assertThat(identity.runAsSystem(russian, () -> requests.find(RequestFilter.goingHome(), null, 100)).items())
                .hasSize(2).allSatisfy(request -> assertThat(request.raisedIn()).isEqualTo(RaisedIn.VISIT));
        // the migrants of the complaint, held in her own country
        assertThat(identity.runAsSystem(russian, () -> detentions.find(
                new DetentionFilter(RegistryView.AT_HOME, null, null, "TJ", null, null), null, 100)).items())
                .hasSize(3);
    }

    @Test
    void theTajikOfficeSeesTheMigrantsHeldWithoutFoodAndItsNationalsWhoAskedToGoHome() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        List<DetentionView> vulnerable = identity.runAsSystem(tajik,
                () -> detentions.find(DetentionFilter.of(RegistryView.VULNERABLE), null, 100)).items();
        assertThat(vulnerable).flatExtracting(DetentionView::vulnerabilities)
                .contains(VulnerabilityMarker.WOMAN, VulnerabilityMarker.CHILD, VulnerabilityMarker.ELDERLY);
        assertThat(identity.runAsSystem(tajik, () -> detentions.find(DetentionFilter.of(RegistryView.ABROAD), null,
                100)).items()).hasSize(6).allSatisfy(record -> assertThat(record.placeCountry()).isEqualTo("RU"));
        assertThat(identity.runAsSystem(tajik, () -> requests.find(new RequestFilter("FOOD_WATER", null, true, null,
                null), null, 100)).items()).hasSize(3)
                .allSatisfy(request -> assertThat(request.words()).matches(".*[ғӣқӯҳҷ].*"));
        assertThat(identity.runAsSystem(tajik, () -> requests.find(RequestFilter.goingHome(), null, 100)).items())
                .hasSize(2);
        assertThat(identity.runAsSystem(tajik, () -> detentions.find(DetentionFilter.of(RegistryView.ALL), null,
                100)).items()).extracting(DetentionView::personName).noneMatch(name -> name.contains("Петров"));
    }
}
