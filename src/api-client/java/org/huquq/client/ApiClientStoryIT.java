package org.huquq.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.huquq.client.api.InstitutionsApi;
import org.huquq.client.api.LettersApi;
import org.huquq.client.api.PersonsApi;
import org.huquq.client.api.PlacesApi;
import org.huquq.client.model.ApiListPersonHit;
import org.huquq.client.model.CounterpartDetails;
import org.huquq.client.model.CounterpartView;
import org.huquq.client.model.LetterDetails;
import org.huquq.client.model.LetterView;
import org.huquq.client.model.NewName;
import org.huquq.client.model.PersonDetails;
import org.huquq.client.model.PersonView;
import org.huquq.client.model.PlaceDetails;
import org.huquq.client.model.PlaceView;
import org.huquq.client.model.RecordOutcome;
import org.huquq.client.model.RegisterLetter;
import org.huquq.client.model.RegisterPerson;
import org.huquq.client.model.Scorecard;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An integrator's story through the Java client generated from {@code /v3/api-docs} (by {@code mvn verify}, from the
 * description OpenApiTests writes): register a place, a person and an institution, write to the institution about
 * the person, record its answer, and read how the institution answered. Compiled and run by the failsafe plugin
 * against the application on a real port, with a real API token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiClientStoryIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    ApiClient client;

    @BeforeEach
    void signIn() {
        HuquqUser clerk = users.user(users.institution(), java.util.EnumSet.of(Role.REGISTRY_CLERK, Role.MONITOR));
        String secret = TestUsers.as(clerk, () -> tokens.create(clerk, "generated client", null).secret());
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + secret));
    }

    @Test
    void anIntegratorRecordsALetterAndItsAnswerAndReadsTheScorecard() throws Exception {
        PlaceView place = new PlacesApi(client).createPlace(new PlaceDetails().code("ЯС 3/7")
                .nameRu("Исправительная колония ЯС 3/7").nameTg("Муассисаи ислоҳии ЯС 3/7").type("PENAL_COLONY")
                .authority("MINISTRY_OF_JUSTICE").countryCode("TJ")
                .confidentiality(PlaceDetails.ConfidentialityEnum.INTERNAL));
        assertThat(place.getVersion()).isZero();

        PersonsApi persons = new PersonsApi(client);
        PersonView person = persons.registerPerson(new RegisterPerson()
                .details(new PersonDetails().sex(PersonDetails.SexEnum.MALE).birthDate("1991-03")
                        .confidentiality(PersonDetails.ConfidentialityEnum.INTERNAL))
                .names(List.of(new NewName().family("Раҳимов").given("Фаррух").language("tg"))));
        ApiListPersonHit found = persons.searchPerson("Rakhimov Farrukh", null, null, null, null, null, 0, 10);
        assertThat(found.getItems()).extracting(hit -> hit.getId()).contains(person.getId());
        assertThat(found.getTotalExact()).isNotNull();

        CounterpartView commissioner = new InstitutionsApi(client).createCounterpart(new CounterpartDetails()
                .kind("OMBUDSMAN").countryCode("RU").nameRu("Уполномоченный по правам человека (клиент API)")
                .nameEn("High Commissioner for Human Rights (API client)"));

        LettersApi letters = new LettersApi(client);
        LetterView sent = letters.registerLetter(new RegisterLetter().direction(RegisterLetter.DirectionEnum.OUTGOING)
                .registeredOn(LocalDate.of(2024, 10, 2)).details(new LetterDetails().counterpartId(commissioner.getId())
                        .subject("О соблюдении прав мигрантов").language("ru").channel("POST")
                        .signedOn(LocalDate.of(2024, 10, 2)).sentOn(LocalDate.of(2024, 10, 3)).expectsReply(true)
                        .replyRule("RU-59-FZ").personIds(List.of(person.getId())).placeIds(List.of(place.getId()))
                        .confidentiality(LetterDetails.ConfidentialityEnum.INTERNAL)));
        assertThat(sent.getReference()).startsWith("OUT-2024-");

        LetterView answer = letters.registerLetter(new RegisterLetter().direction(RegisterLetter.DirectionEnum.INCOMING)
                .registeredOn(LocalDate.of(2024, 11, 8)).details(new LetterDetails()
                        .counterpartId(commissioner.getId()).theirReference("15-01/" + sent.getReference())
                        .theirDate(LocalDate.of(2024, 11, 1)).receivedOn(LocalDate.of(2024, 11, 8))
                        .subject("Ответ о соблюдении прав мигрантов").language("ru").channel("POST")
                        .expectsReply(false).inReplyToId(sent.getId())
                        .confidentiality(LetterDetails.ConfidentialityEnum.INTERNAL)));

        String etag = letters.getLetterWithHttpInfo(sent.getId()).getHeaders().get("etag").get(0);
        RecordOutcome answered = new RecordOutcome().kind(RecordOutcome.KindEnum.ANSWERED)
                .on(LocalDate.of(2024, 11, 8)).answerLetterId(answer.getId());
        LetterView recorded = letters.recordOutcomeLetter(sent.getId(), etag, answered);
        assertThat(recorded.getOutcomes()).hasSize(1);
        // the same ETag again is stale: the client is told so, as a problem
        assertThatThrownBy(() -> letters.recordOutcomeLetter(sent.getId(), etag, answered))
                .isInstanceOfSatisfying(ApiException.class, stale -> {
                    assertThat(stale.getCode()).isEqualTo(412);
                    assertThat(stale.getResponseHeaders().firstValue("content-type"))
                            .hasValue("application/problem+json");
                    assertThat(stale.getResponseBody()).contains("\"status\":412");
                });

        Scorecard scorecard = new InstitutionsApi(client).scorecard(commissioner.getId(), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(scorecard.getSent()).isEqualTo(1);
        assertThat(scorecard.getAnswered()).isEqualTo(1);
        assertThat(scorecard.getReceived()).isEqualTo(1);
        assertThat(scorecard.getUnanswered()).isZero();
    }
}
