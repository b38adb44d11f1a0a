package org.huquq.places;

import static org.huquq.support.TestUsers.as;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class PlaceManagementTests {

    @Autowired
    PlaceManagement places;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    UUID institution;
    UUID monitoringTeam;
    HuquqUser head;
    HuquqUser monitor;
    HuquqUser officerOutsideTeam;
    HuquqUser analyst;

    @BeforeEach
    void institution() {
        institution = users.institution();
        monitoringTeam = users.team(institution, "Monitoring");
        head = users.user(institution, Role.HEAD);
        monitor = users.user(institution, Role.MONITOR, monitoringTeam);
        officerOutsideTeam = users.user(institution, Role.CASE_OFFICER);
        analyst = users.user(institution, Role.ANALYST, monitoringTeam);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }


    @Test
    void registeredPlaceKeepsTajikLettersAndIsAudited() {
        PlaceView created = as(monitor, () -> places.create(PlaceMother.colony()
                .named(null, null, "Тавқифгоҳи ғӣқӯҳҷ").build()));
        PlaceView read = as(monitor, () -> places.get(created.id()));
        assertThat(read.nameTg()).isEqualTo("Тавқифгоҳи ғӣқӯҳҷ");
        assertThat(audit.history(institution, "Place", created.id()))
                .extracting(e -> e.action()).contains(AuditAction.CREATE);
    }

    @Test
    void confidentialPlaceDoesNotExistForStaffOutsideItsTeam() {
        PlaceView secret = as(monitor, () -> places.create(PlaceMother.colony().code("SECRET-" + UUID.randomUUID())
                .level(Confidentiality.CONFIDENTIAL, monitoringTeam).build()));
        assertThatThrownBy(() -> as(officerOutsideTeam, () -> places.get(secret.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(analyst, () -> places.get(secret.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(head, () -> places.get(secret.id())).id()).isEqualTo(secret.id());
        assertThat(as(officerOutsideTeam, () -> places.find(PlaceFilter.none(), null, 100)).items())
                .extracting(PlaceView::id).doesNotContain(secret.id());
        assertThat(as(officerOutsideTeam, () -> places.search(new PlaceFilter(secret.code(), null, null, null), 0, 100))
                .items()).extracting(PlaceView::id).doesNotContain(secret.id());
        assertThat(as(monitor, () -> places.search(new PlaceFilter(secret.code(), null, null, null), 0, 100)).items())
                .extracting(PlaceView::id).contains(secret.id());
    }

    @Test
    void readingAConfidentialPlaceLeavesAnAuditEntry() {
        PlaceView secret = as(monitor, () -> places.create(PlaceMother.colony()
                .level(Confidentiality.CONFIDENTIAL, monitoringTeam).build()));
        as(head, () -> places.get(secret.id()));
        assertThat(audit.history(institution, "Place", secret.id()))
                .anyMatch(e -> e.action() == AuditAction.READ && e.actor().equals(head.username()));
    }

    @Test
    void placesOfAnotherInstitutionAreInvisible() {
        PlaceView ours = as(monitor, () -> places.create(PlaceMother.colony().level(Confidentiality.PUBLIC, null).build()));
        UUID other = users.institution();
        HuquqUser stranger = users.user(other, Role.HEAD);
        assertThatThrownBy(() -> as(stranger, () -> places.get(ours.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> places.search(new PlaceFilter("YAS", null, null, null), 0, 100)).items())
                .extracting(PlaceView::id).doesNotContain(ours.id());
    }

    @Test
    void staleVersionIsRefusedAndNothingChanges() {
        PlaceView place = as(monitor, () -> places.create(PlaceMother.colony().build()));
        as(monitor, () -> places.update(place.id(), place.version(), PlaceMother.colony().code("YAS 3/2").build()));
        assertThatThrownBy(() -> as(monitor, () -> places.update(place.id(), place.version(),
                PlaceMother.colony().code("YAS 9/9").build()))).isInstanceOf(StaleVersionException.class);
        assertThat(as(monitor, () -> places.get(place.id())).code()).isEqualTo("YAS 3/2");
    }

    @Test
    void invalidDetailsNameTheFieldAndSaveNothing() {
        long before = as(monitor, () -> places.find(PlaceFilter.none(), null, 100)).total();
        assertThatThrownBy(() -> as(monitor, () -> places.create(PlaceMother.colony().named(" ", null, "")
                .type("SPACESHIP", "MINISTRY_OF_JUSTICE").in("XX").build())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::field)
                        .containsExactlyInAnyOrder("nameEn", "type", "countryCode"));
        assertThat(as(monitor, () -> places.find(PlaceFilter.none(), null, 100)).total()).isEqualTo(before);
    }

    @Test
    void readOnlyRolesCannotRegisterPlaces() {
        assertThatThrownBy(() -> as(analyst, () -> places.create(PlaceMother.colony().build())))
                .isInstanceOf(AccessDeniedToWrite.class);
    }

    @Test
    void savingAPlaceOneCouldNoLongerSeeIsRefused() {
        UUID otherTeam = users.team(institution, "Legal");
        assertThatThrownBy(() -> as(monitor, () -> places.create(PlaceMother.colony()
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, otherTeam).build())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("confidentiality"));
    }

    @Test
    void searchFindsAPlaceByItsNameInEveryLanguageAndByCode() {
        String marker = "Zx" + UUID.randomUUID().toString().substring(0, 6);
        PlaceView place = as(monitor, () -> places.create(PlaceMother.colony().code("ИК-" + marker)
                .named("Kolkhozabad colony " + marker, "Колхозабадская колония", "Колонияи Қубодиён").build()));
        for (String query : new String[] { "Колхозабадская", "Қубодиён", "kolkhozabad", "Колони", marker,
                "ИК-" + marker }) {
            assertThat(as(monitor, () -> places.search(new PlaceFilter(query, null, null, null), 0, 25)).items())
                    .as(query).extracting(PlaceView::id).contains(place.id());
        }
    }
}
