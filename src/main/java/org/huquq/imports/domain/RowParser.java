package org.huquq.imports.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.util.CellReference;
import org.huquq.imports.ImportField;
import org.huquq.imports.reading.SheetRow;
import org.huquq.people.DocumentType;
import org.huquq.people.NewDocument;
import org.huquq.people.NewName;
import org.huquq.people.NameStatus;
import org.huquq.people.PersonDetails;
import org.huquq.people.RegisterPerson;
import org.huquq.people.Sex;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.PartialDate;

/**
 * Reads a row of a list by its mapping into what it says of a person: the registration it would make, the name to
 * match and the birth date and document to tell candidates apart. A cell it cannot read is a problem naming the
 * column; the row is then refused as a whole.
 */
public final class RowParser {

    private final List<ImportField> mapping;
    private final List<String> header;
    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final int maxCellChars;
    private final LocalDate today;
    private final Confidentiality confidentiality;
    private final java.util.UUID teamId;
    private final String source;

    public RowParser(List<ImportField> mapping, List<String> header, int maxCellChars, LocalDate today,
            Confidentiality confidentiality, java.util.UUID teamId, String source) {
        this.mapping = mapping;
        this.header = header;
        this.maxCellChars = maxCellChars;
        this.today = today;
        this.confidentiality = confidentiality;
        this.teamId = teamId;
        this.source = source;
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null) {
                columns.put(mapping.get(i), i);
            }
        }
    }

    /** A problem of one cell: the column (letter and header) and the message key with its arguments. */
    public record Problem(String column, String key, List<Object> arguments) {
    }

    /**
     * What a detainee list says of where the row's person is held: the place as written (a code or a name), the
     * period, the legal status as written (a code or a label), and the rest as text.
     */
    public record Detention(String place, LocalDate from, LocalDate to, String legalStatus, String legalBasis,
            String holdingAuthority, String source, LocalDate sourceDate) {
    }

    /**
     * A row read: the registration (null when the row has problems), the name to match, what tells candidates apart,
     * and, in a detainee list, the detention.
     */
    public record Parsed(RegisterPerson registration, String name, PartialDate birthDate, String documentNumber,
            Detention detention, List<Problem> problems) {

        public boolean isRefused() {
            return !problems.isEmpty();
        }
    }

    public Parsed parse(SheetRow row) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).length() > maxCellChars) {
                problems.add(new Problem(column(i), "imports.problem.cellTooLong",
                        List.of(row.cells().get(i).length(), maxCellChars)));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, null, null, null, null, problems);
        }
        String family = text(row, ImportField.FAMILY_NAME);
        String given = text(row, ImportField.GIVEN_NAME);
        String patronymic = text(row, ImportField.PATRONYMIC);
        String fullName = text(row, ImportField.FULL_NAME);
        if (fullName == null && family == null && given == null) {
            Integer nameColumn = columns.getOrDefault(ImportField.FULL_NAME, columns.get(ImportField.FAMILY_NAME));
            problems.add(new Problem(nameColumn == null ? "" : column(nameColumn), "imports.problem.nameMissing",
                    List.of()));
        }
        PartialDate birthDate = null;
        String birthText = text(row, ImportField.BIRTH_DATE);
        if (birthText != null) {
            birthDate = CellValues.partialDate(birthText, today);
            if (birthDate == null) {
                problems.add(new Problem(column(ImportField.BIRTH_DATE), "imports.problem.date", List.of(birthText)));
            }
        }
        Sex sex = Sex.UNKNOWN;
        String sexText = text(row, ImportField.SEX);
        if (sexText != null) {
            sex = CellValues.sex(sexText);
            if (sex == null) {
                problems.add(new Problem(column(ImportField.SEX), "imports.problem.sex", List.of(sexText)));
            }
        }
        Set<String> nationalities = Set.of();
        String nationalityText = text(row, ImportField.NATIONALITY);
        if (nationalityText != null) {
            nationalities = CellValues.countries(nationalityText);
            if (nationalities == null) {
                problems.add(new Problem(column(ImportField.NATIONALITY), "imports.problem.country",
                        List.of(nationalityText)));
            }
        }
        String document = text(row, ImportField.DOCUMENT_NUMBER);
        String notes = text(row, ImportField.NOTES);
        Detention detention = columns.containsKey(ImportField.PLACE) ? detention(row, problems) : null;
        if (!problems.isEmpty()) {
            return new Parsed(null, null, null, null, null, problems);
        }
        String name = fullName != null ? fullName
                : String.join(" ", java.util.stream.Stream.of(family, given, patronymic)
                        .filter(java.util.Objects::nonNull).toList());
        RegisterPerson registration = new RegisterPerson(
                new PersonDetails(sex, birthDate == null ? null : birthDate.toString(), nationalities, Set.of(),
                        Set.of(), notes, confidentiality, teamId),
                List.of(new NewName(family, given, patronymic, fullName, null, source, NameStatus.CURRENT)),
                document == null ? List.of()
                        : List.of(new NewDocument(DocumentType.PASSPORT, document, null, null, null)),
                List.of());
        return new Parsed(registration, name, birthDate, document, detention, List.of());
    }

    private Detention detention(SheetRow row, List<Problem> problems) {
        return new Detention(text(row, ImportField.PLACE), date(row, ImportField.DETAINED_FROM, problems),
                date(row, ImportField.DETAINED_TO, problems), text(row, ImportField.LEGAL_STATUS),
                text(row, ImportField.LEGAL_BASIS), text(row, ImportField.HOLDING_AUTHORITY),
                text(row, ImportField.SOURCE), date(row, ImportField.SOURCE_DATE, problems));
    }

    private LocalDate date(SheetRow row, ImportField field, List<Problem> problems) {
        String value = text(row, field);
        if (value == null) {
            return null;
        }
        LocalDate date = CellValues.date(value, today);
        if (date == null) {
            problems.add(new Problem(column(field), "imports.problem.date", List.of(value)));
        }
        return date;
    }

    /** The column of a field of the list, or an empty text when no column holds it. */
    public String columnOf(ImportField field) {
        return columns.containsKey(field) ? column(field) : "";
    }

    /**
     * The column a problem the detention module found in a record belongs to: its field is named as in its details
     * ({@code placeId}, {@code from}, {@code legalStatus}...).
     */
    public String columnOfDetention(String detentionField) {
        ImportField field = switch (detentionField) {
        case "placeId" -> ImportField.PLACE;
        case "from" -> ImportField.DETAINED_FROM;
        case "to" -> ImportField.DETAINED_TO;
        case "legalStatus" -> ImportField.LEGAL_STATUS;
        case "legalBasis" -> ImportField.LEGAL_BASIS;
        case "holdingAuthority" -> ImportField.HOLDING_AUTHORITY;
        case "informationSource" -> ImportField.SOURCE;
        case "informationDate" -> ImportField.SOURCE_DATE;
        default -> columns.containsKey(ImportField.FULL_NAME) ? ImportField.FULL_NAME : ImportField.FAMILY_NAME;
        };
        return columnOf(field);
    }

    /**
     * The column a problem the people module found in a registration belongs to: its field is named as in
     * {@link RegisterPerson} ({@code details.birthDate}, {@code names[0].family}, {@code documents[0].number}).
     */
    public String columnOf(String registrationField) {
        ImportField field;
        if (registrationField.startsWith("details.birthDate")) {
            field = ImportField.BIRTH_DATE;
        } else if (registrationField.startsWith("details.nationalities")) {
            field = ImportField.NATIONALITY;
        } else if (registrationField.startsWith("details.notes")) {
            field = ImportField.NOTES;
        } else if (registrationField.startsWith("documents")) {
            field = ImportField.DOCUMENT_NUMBER;
        } else if (registrationField.endsWith(".family")) {
            field = ImportField.FAMILY_NAME;
        } else if (registrationField.endsWith(".given")) {
            field = ImportField.GIVEN_NAME;
        } else if (registrationField.endsWith(".patronymic")) {
            field = ImportField.PATRONYMIC;
        } else if (registrationField.startsWith("names")) {
            field = columns.containsKey(ImportField.FULL_NAME) ? ImportField.FULL_NAME : ImportField.FAMILY_NAME;
        } else {
            return "";
        }
        return columns.containsKey(field) ? column(field) : "";
    }

    /** The text of the field's column, NFC and trimmed; null when blank or not mapped. */
    private String text(SheetRow row, ImportField field) {
        Integer index = columns.get(field);
        if (index == null) {
            return null;
        }
        String value = Normalizer.normalize(row.cell(index), Normalizer.Form.NFC).strip();
        return value.isEmpty() ? null : value;
    }

    private String column(ImportField field) {
        return column(columns.get(field));
    }

    /** A column as a person finds it in the sheet: its letter and its header, {@code C (Дата рождения)}. */
    public String column(int index) {
        String letter = CellReference.convertNumToColString(index);
        String name = index < header.size() ? header.get(index).strip() : "";
        return name.isEmpty() ? letter : letter + " (" + name + ")";
    }

    /** The mapped cells as compared: two rows with the same key say the same thing. */
    public String duplicateKey(SheetRow row) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) != null) {
                key.append(CellValues.key(row.cell(i))).append('\u001f');
            }
        }
        return key.toString();
    }
}
