package org.huquq.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditVerification;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonDuplicates;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.PartialDate;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports of person lists end to end on the real database, file store and search index: upload, mapping, dry run,
 * choices, run in the background, as an officer of a fresh institution.
 */
@SpringBootTest
class ImportManagementTests {

    @Autowired
    ImportManagement imports;

    @Autowired
    PersonManagement persons;

    @Autowired
    PersonDuplicates duplicates;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @Autowired
    ImportProcessing processing;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    UUID institution;
    HuquqUser officer;
    String marker;

    @BeforeEach
    void office() {
        institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        // each test has an institution of its own, whose registry holds only what the test registers
        marker = "Назаров";
    }

    @Test
    void importsAPersonListMatchingRegisteredPersonsSkippingEmptyAndDuplicatedRows() {
        PersonView registered = as(() -> persons.register(PersonMother.named("Бобозода", "Умед")
                .born("1985-03-07").build()));
        String csv = "ФИО;Дата рождения;Пол;Гражданство\n"
                + "Ҷӯраева Ғуломбӣ;12.05.1990;Ж;Тоҷикистон\n"
                + "Bobozoda Umed;07.03.1985;М;TJ\n"
                + ";;;\n"
                + "Ҷӯраева Ғуломбӣ;12.05.1990;Ж;Тоҷикистон\n";

        ImportView uploaded = upload(csv.getBytes(StandardCharsets.UTF_8), "list.csv");
        assertThat(uploaded.status()).isEqualTo(ImportStatus.UPLOADED);
        ImportMappingView mapping = as(() -> imports.mapping(uploaded.id()));
        assertThat(mapping.columns()).extracting(ImportMappingView.Column::field).containsExactly(
                ImportField.FULL_NAME, ImportField.BIRTH_DATE, ImportField.SEX, ImportField.NATIONALITY);

        ImportView checked = check(uploaded.id());
        assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
        assertThat(List.of(checked.rowsTotal(), checked.newCount(), checked.matchedCount(), checked.duplicateCount(),
                checked.emptyCount(), checked.rejectedCount())).containsExactly(3, 1, 1, 1, 1, 0);
        List<ImportRowView> rows = as(() -> imports.rows(uploaded.id(), Set.of(), 0, 100)).items();
        assertThat(rows).extracting(ImportRowView::row).containsExactly(2, 3, 5);
        assertThat(rows.get(1).outcome()).isEqualTo(RowOutcome.MATCHED);
        assertThat(rows.get(1).match().personId()).isEqualTo(registered.id());
        assertThat(rows.get(1).match().matchedName()).contains("Бобозода");
        assertThat(rows.get(1).match().score()).isGreaterThan(0.9);
        assertThat(rows.get(2).duplicateOf()).isEqualTo(2);

        ImportView done = run(uploaded.id());
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        List<PersonHit> found = as(() -> persons.search(PersonSearch.byName("Ҷӯраева Ғуломбӣ"), 0, 10).items());
        assertThat(found).hasSize(1);
        PersonView created = as(() -> persons.get(found.get(0).id()));
        assertThat(created.birthDate()).isEqualTo(PartialDate.ofDay(1990, 5, 12));
        assertThat(created.nationalities()).containsExactly("TJ");
        assertThat(created.confidentiality()).isEqualTo(Confidentiality.INTERNAL);
        assertThat(as(() -> persons.search(PersonSearch.byName("Бобозода Умед"), 0, 10).items())).hasSize(1);
        assertThat(audit.history(institution, ImportManagement.AUDIT_TYPE, uploaded.id()))
                .singleElement().satisfies(entry -> assertThat(entry.detail()).contains("created=1", "matched=1"));
    }

    @Test
    void importsWindows1251AndTabSeparatedListsAsTheyComeFromExcelOnARussianWindows() {
        byte[] file = ("Фамилия\tИмя\tДата рождения\r\n" + "Шарипова\tМадина\t07.03.1985\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        ImportView uploaded = upload(file, "список.csv");
        assertThat(uploaded.format()).isEqualTo("CSV");
        assertThat(as(() -> imports.mapping(uploaded.id())).columns()).extracting(ImportMappingView.Column::header)
                .containsExactly("Фамилия", "Имя", "Дата рождения");

        assertThat(check(uploaded.id()).newCount()).isEqualTo(1);
        assertThat(run(uploaded.id()).status()).isEqualTo(ImportStatus.DONE);
        assertThat(as(() -> persons.search(PersonSearch.byName("Шарипова Мадина"), 0, 10).items())).hasSize(1);
    }

    @Test
    void theSameFileImportedTwiceCreatesNothingTheSecondTimeAndSaysSo() {
        byte[] file = ("Насаб,Ном,Санаи таваллуд\n" + marker + ",Шарифа,1991\n").getBytes(StandardCharsets.UTF_8);
        ImportView first = upload(file, "a.csv");
        check(first.id());
        assertThat(run(first.id()).status()).isEqualTo(ImportStatus.DONE);

        ImportView second = upload(file, "the same list again.csv");

        assertThat(second.status()).isEqualTo(ImportStatus.ALREADY_IMPORTED);
        assertThat(second.earlierImportId()).isEqualTo(first.id());
        assertThatThrownBy(() -> as(() -> imports.check(second.id()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(() -> imports.run(second.id()))).isInstanceOf(InvalidInputException.class);
        assertThat(as(() -> persons.search(PersonSearch.byName(marker + " Шарифа"), 0, 10).items())).hasSize(1);
    }

    @Test
    void aRowThatFailsDuringTheRunLeavesNothingOfTheFileBehindAndIsNamed() {
        PersonView matched = as(() -> persons.register(PersonMother.named(marker, "Дилшод").born("1980-01-02")
                .build()));
        PersonView survivor = as(() -> persons.register(PersonMother.named(marker, "Дилшодбек").born("1980-01-02")
                .build()));
        byte[] file = ("Family name,Given name,Date of birth\n" + marker + ",Зарина,1994-02-03\n"
                + marker + ",Дилшод,1980-01-02\n").getBytes(StandardCharsets.UTF_8);
        ImportView uploaded = upload(file, "list.csv");
        ImportView checked = check(uploaded.id());
        assertThat(checked.matchedCount()).isEqualTo(1);
        // the matched person is merged into another before the run: the row no longer lands on a person
        as(() -> duplicates.merge(survivor.id(), survivor.version(), matched.id(), matched.version()));

        ImportView failed = run(uploaded.id());

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureRow()).isEqualTo(3);
        assertThat(failed.failureKey()).isEqualTo("imports.failure.personGone");
        assertThat(as(() -> persons.search(PersonSearch.byName(marker + " Зарина"), 0, 10).items()))
                .noneMatch(hit -> !hit.partial());
        assertThat(storedPersons()).isEqualTo(2);
    }

    @Test
    void aRowFailingInTheLastBatchLeavesNothingOfTheBatchesSavedBeforeIt() {
        PersonView matched = as(() -> persons.register(PersonMother.named(marker, "Дилшод").born("1980-01-02")
                .build()));
        PersonView survivor = as(() -> persons.register(PersonMother.named(marker, "Дилшодбек").born("1980-01-02")
                .build()));
        StringBuilder csv = longList(1200);
        csv.append(marker).append(";Дилшод;1980-01-02\n");
        ImportView uploaded = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "long.csv");
        assertThat(check(uploaded.id()).matchedCount()).isEqualTo(1);
        as(() -> duplicates.merge(survivor.id(), survivor.version(), matched.id(), matched.version()));

        ImportView failed = run(uploaded.id());

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.failureRow()).isEqualTo(1202);
        // two batches of 500 rows were saved and cleared from the session before the failing row: all rolled back
        assertThat(storedPersons()).isEqualTo(2);
        assertThat(as(() -> persons.search(PersonSearch.byName("Раҳимов Аброр"), 0, 10).items()))
                .noneMatch(hit -> !hit.partial());
    }

    @Test
    void aSavedListIsFoundOnlyOnceIndexedAndIndexingInterruptedByAStopResumesAtStart() {
        ImportView uploaded = upload(longList(1200).toString().getBytes(StandardCharsets.UTF_8), "long.csv");
        assertThat(check(uploaded.id()).newCount()).isEqualTo(1200);

        // the run's transaction alone, as if the application stopped right after its commit
        assertThat(as(() -> processing.store(uploaded.id(), new AtomicBoolean()))).isTrue();

        assertThat(as(() -> imports.get(uploaded.id())).status()).isEqualTo(ImportStatus.INDEXING);
        assertThat(storedPersons()).isEqualTo(1200);
        assertThat(as(() -> persons.search(PersonSearch.byName("Раҳимов Аброр"), 0, 10).items()))
                .noneMatch(hit -> !hit.partial());

        jobs.resumeIndexing();
        ImportView done = awaitEnd(uploaded.id());

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.newCount()).isEqualTo(1200);
        assertThat(as(() -> persons.search(PersonSearch.byName("Раҳимов Аброр"), 0, 200)).total()).isEqualTo(150);
        assertThat(as(() -> persons.search(PersonSearch.byName("Раҳимов Лутфулло"), 0, 200)).total())
                .isEqualTo(150);
        assertThat(audit.history(institution, ImportManagement.AUDIT_TYPE, uploaded.id()))
                .singleElement().satisfies(entry -> assertThat(entry.detail()).contains("created=1200"));
        // 1,200 registrations and the import audited across sessions cleared between batches: the chain holds
        AuditVerification chain = audit.verify(institution);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.entriesChecked()).isGreaterThanOrEqualTo(1201);
    }

    @Test
    void aRowFindsItsPersonAmongManyNamesakesBornInOtherYears() {
        for (int year = 1960; year < 1968; year++) {
            String born = year + "-01-01";
            as(() -> persons.register(PersonMother.named(marker, "Санҷар").born(born).build()));
        }
        as(() -> persons.register(PersonMother.named(marker, "Санҷар").build()));
        PersonView right = as(() -> persons.register(PersonMother.named(marker, "Санҷар").born("1990-04-05")
                .build()));
        ImportView uploaded = upload(("ФИО;Дата рождения\n" + marker + " Санҷар;05.04.1990\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv");

        ImportView checked = check(uploaded.id());

        // eight namesakes born in other years are no candidates, whatever their rank; the one of unknown birth is
        // one but not a certain match, so the row lands on the person born that day
        assertThat(checked.matchedCount()).isEqualTo(1);
        ImportRowView row = as(() -> imports.rows(uploaded.id(), Set.of(), 0, 10)).items().get(0);
        assertThat(row.match().personId()).isEqualTo(right.id());
    }

    @Test
    void aNamesakeKnownOnlyByTheYearOfBirthIsACandidateNeverTheRowsPerson() {
        PersonView namesake = as(() -> persons.register(PersonMother.named(marker, "Олим").born("1985").build()));
        ImportView uploaded = upload(("ФИО;Дата рождения\n" + marker + " Олим;07.03.1985\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv");

        ImportView checked = check(uploaded.id());

        assertThat(checked.matchedCount()).isZero();
        assertThat(checked.ambiguousCount()).isEqualTo(1);
        ImportRowView row = as(() -> imports.rows(uploaded.id(), Set.of(), 0, 10)).items().get(0);
        assertThat(row.candidates()).extracting(ImportRowView.Candidate::personId).containsExactly(namesake.id());
    }

    @Test
    void anotherInstitutionSeesNoneOfTheImports() {
        ImportView uploaded = upload(("ФИО\n" + marker + " Анвар\n").getBytes(StandardCharsets.UTF_8), "l.csv");
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);

        assertThatThrownBy(() -> TestUsers.as(stranger, () -> imports.get(uploaded.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> imports.mapping(uploaded.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(TestUsers.as(stranger, () -> imports.find(null, 100)).items()).isEmpty();
        assertThat(as(() -> imports.find(null, 100)).items()).extracting(ImportView::id).contains(uploaded.id());
    }

    @Test
    void matchingNeverOffersOrRevealsAPersonTheImporterMayNotRead() {
        UUID team = users.team(institution, "Protected");
        HuquqUser teamMember = users.user(institution, Role.CASE_OFFICER, team);
        TestUsers.as(teamMember, () -> persons.register(PersonMother.named(marker, "Мадина").born("1999-09-09")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, team).build()));
        ImportView uploaded = upload(("ФИО;Дата рождения\n" + marker + " Мадина;09.09.1999\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv");

        ImportView checked = check(uploaded.id());

        assertThat(checked.newCount()).isEqualTo(1);
        assertThat(checked.matchedCount() + checked.ambiguousCount()).isZero();
        ImportRowView row = as(() -> imports.rows(uploaded.id(), Set.of(), 0, 10)).items().get(0);
        assertThat(row.outcome()).isEqualTo(RowOutcome.NEW);
        assertThat(row.match()).isNull();
        assertThat(row.candidates()).isEmpty();
    }

    @Test
    void ambiguousRowsWaitForAChoiceBeforeTheRun() {
        as(() -> persons.register(PersonMother.named(marker, "Фарход").born("1970").build()));
        as(() -> persons.register(PersonMother.named(marker, "Фарход").born("1975").build()));
        ImportView uploaded = upload(("ФИО\n" + marker + " Фарход\n").getBytes(StandardCharsets.UTF_8), "l.csv");
        ImportView checked = check(uploaded.id());
        assertThat(checked.ambiguousCount()).isEqualTo(1);
        ImportRowView row = as(() -> imports.rows(uploaded.id(), Set.of(RowOutcome.AMBIGUOUS), 0, 10)).items().get(0);
        assertThat(row.candidates()).hasSize(2).allSatisfy(c -> assertThat(c.matchedName()).contains(marker));

        assertThatThrownBy(() -> as(() -> imports.run(uploaded.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("imports.error.choicesPending"));
        assertThatThrownBy(() -> as(() -> imports.choose(uploaded.id(), 2, UUID.randomUUID())))
                .isInstanceOf(InvalidInputException.class);

        as(() -> imports.choose(uploaded.id(), 2, row.candidates().get(0).personId()));
        assertThat(run(uploaded.id()).status()).isEqualTo(ImportStatus.DONE);
        assertThat(as(() -> persons.search(PersonSearch.byName(marker + " Фарход"), 0, 10).items())).hasSize(2);
    }

    @Test
    void everyWaitingRowCanBeSettledAsANewPersonInOneStepAndTheChosenOnesStayChosen() {
        PersonView chosen = as(() -> persons.register(PersonMother.named(marker, "Фарход").born("1970").build()));
        as(() -> persons.register(PersonMother.named(marker, "Фарход").born("1975").build()));
        as(() -> persons.register(PersonMother.named(marker, "Ситора").born("1980").build()));
        ImportView uploaded = upload(("ФИО\n" + marker + " Фарход\n" + marker + " Ситора\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(check(uploaded.id()).ambiguousCount()).isEqualTo(2);
        as(() -> imports.choose(uploaded.id(), 2, chosen.id()));
        int before = storedPersons();

        ImportView settled = as(() -> imports.chooseNewForAllWaiting(uploaded.id()));

        assertThat(settled.ambiguousCount()).isZero();
        List<ImportRowView> rows = as(() -> imports.rows(uploaded.id(), Set.of(RowOutcome.AMBIGUOUS), 0, 10)).items();
        assertThat(rows).extracting(ImportRowView::chosen).containsExactly(chosen.id().toString(), "NEW");
        assertThat(run(uploaded.id()).status()).isEqualTo(ImportStatus.DONE);
        assertThat(storedPersons()).isEqualTo(before + 1);
        assertThatThrownBy(() -> as(() -> imports.chooseNewForAllWaiting(uploaded.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesAFileThatIsNoSpreadsheetWhateverItsName() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        for (byte[] file : List.of(pdf, zip.toByteArray())) {
            assertThatThrownBy(() -> upload(file, "list.xlsx")).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("file");
                        assertThat(p.messageKey()).isEqualTo("imports.error.notSpreadsheet");
                    }));
        }
    }

    @Test
    void refusesA200MegabyteFileNamingTheLimitWithoutReadingItWhole() {
        long size = 200L * 1024 * 1024;
        long[] read = { 0 };
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (read[0] >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - read[0]);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                read[0] += n;
                return n;
            }
        };

        assertThatThrownBy(() -> as(() -> imports.upload(huge, "big.csv", ImportKind.PERSONS,
                Confidentiality.INTERNAL, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("imports.error.tooLarge");
                            assertThat(p.arguments()).containsExactly(50L);
                        }));
        assertThat(read[0]).isLessThanOrEqualTo(50L * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void refusesAMappingWithoutANameColumnOrWithAnEntryMissing() {
        ImportView uploaded = upload(("Колонка;Дата рождения;Something else\nx;1990;y\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(as(() -> imports.mapping(uploaded.id())).columns()).extracting(ImportMappingView.Column::field)
                .containsExactly(null, ImportField.BIRTH_DATE, null);

        assertThatThrownBy(() -> as(() -> imports.check(uploaded.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.FieldProblem::messageKey)
                        .containsExactly("imports.error.nameColumnMissing"));
        assertThatThrownBy(() -> as(() -> imports.map(uploaded.id(), List.of(ImportField.FULL_NAME))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("columns"));
        assertThatThrownBy(() -> as(() -> imports.map(uploaded.id(), java.util.Arrays.asList(ImportField.FULL_NAME,
                ImportField.FULL_NAME, ImportField.PLACE)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("columns[1]", "columns[2]"));
    }

    @Test
    void remembersTheMappingForTheNextFileWithTheSameHeader() {
        ImportView first = upload(("Колонка;Д.Р.\n" + marker + " Анвар;1990\n").getBytes(StandardCharsets.UTF_8),
                "a.csv");
        as(() -> imports.map(first.id(), List.of(ImportField.FULL_NAME, ImportField.BIRTH_DATE)));

        ImportView second = upload(("колонка ; д.р.\n" + marker + " Баҳодур;1991\n")
                .getBytes(StandardCharsets.UTF_8), "b.csv");

        assertThat(as(() -> imports.mapping(second.id())).columns()).extracting(ImportMappingView.Column::field)
                .containsExactly(ImportField.FULL_NAME, ImportField.BIRTH_DATE);
    }

    @Test
    void refusesRowsNamingRowAndColumnAndTheRunIsRefusedWhileAnyIs() {
        String longCell = "ҷ".repeat(100_000);
        String csv = "ФИО,Дата рождения,Notes\n"
                + marker + " Бахтиёр,1990-13-45,\n"
                + marker + " Акмал,1990,\"" + longCell + "\"\n"
                + "Bobozoda Умед,1991,\n"
                + "Бобоzода " + marker + ",1992,\n";
        ImportView uploaded = upload(csv.getBytes(StandardCharsets.UTF_8), "l.csv");
        as(() -> imports.map(uploaded.id(), List.of(ImportField.FULL_NAME, ImportField.BIRTH_DATE,
                ImportField.NOTES)));

        ImportView checked = check(uploaded.id());

        List<ImportRowView> rows = as(() -> imports.rows(uploaded.id(), Set.of(), 0, 10)).items();
        assertThat(rows.get(0)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RowOutcome.REJECTED);
            assertThat(r.problemColumn()).isEqualTo("B (Дата рождения)");
            assertThat(r.problemKey()).isEqualTo("imports.problem.date");
        });
        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RowOutcome.REJECTED);
            assertThat(r.problemColumn()).isEqualTo("C (Notes)");
            assertThat(r.problemKey()).isEqualTo("imports.problem.cellTooLong");
            assertThat(r.problemArguments()).containsExactly("100000", "4000");
        });
        // words in two scripts make a name the people module matches across scripts; a word mixing them (beyond
        // look-alike letters, which it repairs) is refused
        assertThat(rows.get(2).outcome()).isEqualTo(RowOutcome.NEW);
        assertThat(rows.get(3)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RowOutcome.REJECTED);
            assertThat(r.problemColumn()).isEqualTo("A (ФИО)");
            assertThat(r.problemKey()).isEqualTo("people.error.mixedScripts");
        });
        assertThat(checked.rejectedCount()).isEqualTo(3);
        assertThatThrownBy(() -> as(() -> imports.run(uploaded.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).arguments())
                        .containsExactly(2, "B (Дата рождения)"));
    }

    @Test
    void importsTheChosenSheetOfAnXlsxWithExcelDatesAndSerials() {
        byte[] file = Sheets.xlsx("Cover", List.of(List.of("Список граждан")),
                "Рӯйхат", List.of(List.of("Насаб", "Ном", "Санаи таваллуд"),
                        List.of(marker, "Ғайрат", java.time.LocalDate.of(1988, 11, 30)),
                        List.of(marker, "Ҳабиба", 31113)));
        ImportView uploaded = upload(file, "list.xlsx");
        assertThat(uploaded.format()).isEqualTo("XLSX");
        assertThat(as(() -> imports.mapping(uploaded.id())).sheets()).containsExactly("Cover", "Рӯйхат");

        as(() -> imports.chooseSheet(uploaded.id(), "Рӯйхат"));
        ImportView checked = check(uploaded.id());
        assertThat(checked.newCount()).isEqualTo(2);
        assertThat(run(uploaded.id()).status()).isEqualTo(ImportStatus.DONE);

        PersonHit habiba = as(() -> persons.search(PersonSearch.byName(marker + " Ҳабиба"), 0, 1).items().get(0));
        assertThat(habiba.birthDate()).isEqualTo(PartialDate.ofDay(1985, 3, 7));
        PersonHit gairat = as(() -> persons.search(PersonSearch.byName(marker + " Ғайрат"), 0, 1).items().get(0));
        assertThat(gairat.birthDate()).isEqualTo(PartialDate.ofDay(1988, 11, 30));
    }

    @Test
    void anAbandonedImportCanNoLongerRun() {
        ImportView uploaded = upload(("ФИО\n" + marker + " Анвар\n").getBytes(StandardCharsets.UTF_8), "l.csv");
        check(uploaded.id());

        assertThat(as(() -> imports.cancel(uploaded.id())).status()).isEqualTo(ImportStatus.CANCELLED);
        assertThatThrownBy(() -> as(() -> imports.run(uploaded.id()))).isInstanceOf(InvalidInputException.class);
        assertThat(as(() -> persons.search(PersonSearch.byName(marker + " Анвар"), 0, 10).items())).isEmpty();
    }

    @Test
    void cancellingARunningImportRollsBackWhatItHadSaved() {
        StringBuilder csv = longList(3000);
        ImportView uploaded = upload(csv.toString().getBytes(StandardCharsets.UTF_8), "big.csv");
        assertThat(check(uploaded.id()).newCount()).isPositive();

        as(() -> imports.run(uploaded.id()));
        // the run checks for a cancel after each batch of 500 rows: it is told long before it ends
        as(() -> imports.cancel(uploaded.id()));
        ImportView cancelled = awaitEnd(uploaded.id());

        assertThat(cancelled.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(as(() -> persons.search(PersonSearch.byName("Раҳимов Аброр"), 0, 10).items()))
                .noneMatch(hit -> !hit.partial());
        assertThat(storedPersons()).isZero();
    }

    /** A list of distinct persons, all named Раҳимов, each with a birth date of their own. */
    private static StringBuilder longList(int rows) {
        StringBuilder csv = new StringBuilder("Насаб;Ном;Санаи таваллуд\n");
        String[] given = { "Аброр", "Бахтиёр", "Ғайрат", "Дилшод", "Зафар", "Илҳом", "Комрон", "Лутфулло" };
        for (int i = 0; i < rows; i++) {
            csv.append("Раҳимов").append(';').append(given[i % given.length]).append(';')
                    .append(1950 + i % 50).append('-').append(1 + i % 12).append('-').append(1 + i / 12 % 28)
                    .append('\n');
        }
        return csv;
    }

    /** The persons stored for the test's institution, whether or not the search index has them. */
    private int storedPersons() {
        return jdbc.queryForObject("select count(*) from person where institution_id = ?", Integer.class,
                institution);
    }

    private ImportView upload(byte[] file, String name) {
        return as(() -> imports.upload(new ByteArrayInputStream(file), name, ImportKind.PERSONS,
                Confidentiality.INTERNAL, null));
    }

    private ImportView check(UUID id) {
        as(() -> imports.check(id));
        return awaitEnd(id);
    }

    private ImportView run(UUID id) {
        as(() -> imports.run(id));
        return awaitEnd(id);
    }

    /** The import once the background has finished with it. */
    private ImportView awaitEnd(UUID id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportView current = as(() -> imports.get(id));
            if (!current.status().isWorking()) {
                return current;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not end within 60 s");
    }

    private <T> T as(Supplier<T> work) {
        return TestUsers.as(officer, work);
    }
}
