package org.huquq.imports.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huquq.imports.ImportField;
import org.huquq.imports.ImportKind;

/**
 * The field a column probably holds, from its header in English, Russian or Tajik ("ФИО", "Насаб", "Date of birth",
 * "Дата рождения"). A header it does not know, or a field already taken by a column to its left, is left unmapped:
 * the person mapping the columns decides.
 */
public final class ColumnGuesses {

    private static final Map<String, ImportField> HEADERS = headers();

    private ColumnGuesses() {
    }

    public static List<ImportField> guess(List<String> header, ImportKind kind) {
        List<ImportField> fields = new ArrayList<>(header.size());
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (String name : header) {
            ImportField field = HEADERS.get(CellValues.key(name));
            if (field != null && field.appliesTo(kind) && taken.add(field)) {
                fields.add(field);
            } else {
                fields.add(null);
            }
        }
        return fields;
    }

    private static Map<String, ImportField> headers() {
        Map<String, ImportField> headers = new HashMap<>();
        put(headers, ImportField.FULL_NAME, "full name", "name", "name as written", "фио", "ф.и.о.",
                "фамилия имя отчество", "фамилия, имя, отчество", "полное имя", "ному насаб", "насаб ном номи падар",
                "ному насаби пурра", "ному насаб ва номи падар", "ф.н.н.", "фнн");
        put(headers, ImportField.FAMILY_NAME, "family name", "surname", "last name", "фамилия", "насаб");
        put(headers, ImportField.GIVEN_NAME, "given name", "first name", "forename", "имя", "ном");
        put(headers, ImportField.PATRONYMIC, "patronymic", "middle name", "father's name", "отчество", "номи падар");
        put(headers, ImportField.BIRTH_DATE, "date of birth", "birth date", "birthdate", "dob", "born", "year of birth",
                "дата рождения", "год рождения", "д.р.", "санаи таваллуд", "соли таваллуд", "таваллуд");
        put(headers, ImportField.SEX, "sex", "gender", "пол", "ҷинс", "чинс");
        put(headers, ImportField.NATIONALITY, "nationality", "citizenship", "country", "гражданство", "шаҳрвандӣ",
                "шахрванди", "табаа");
        put(headers, ImportField.DOCUMENT_NUMBER, "document number", "document", "passport", "passport number",
                "passport no", "паспорт", "номер паспорта", "номер документа", "документ", "шиноснома",
                "рақами шиноснома", "рақами ҳуҷҷат", "ҳуҷҷат");
        put(headers, ImportField.NOTES, "notes", "note", "comment", "comments", "remarks", "примечание", "примечания",
                "комментарий", "эзоҳ", "қайд");
        put(headers, ImportField.PLACE, "place", "place code", "facility", "place of detention", "institution",
                "учреждение", "место содержания", "место", "колония", "муассиса", "ҷойи нигоҳдорӣ", "ҷой");
        put(headers, ImportField.DETAINED_FROM, "detained from", "detained since", "detained on", "date of detention",
                "since", "from", "дата задержания", "содержится с", "задержан", "с", "санаи боздошт", "аз");
        put(headers, ImportField.DETAINED_TO, "detained to", "until", "released on", "to", "дата освобождения", "содержится по", "содержится до",
                "по", "до", "то", "санаи озодшавӣ");
        put(headers, ImportField.LEGAL_STATUS, "legal status", "status", "правовой статус", "статус", "вазъи ҳуқуқӣ",
                "вазъ");
        put(headers, ImportField.LEGAL_BASIS, "legal basis", "article", "charge", "основание", "статья", "асос",
                "модда");
        put(headers, ImportField.HOLDING_AUTHORITY, "holding authority", "authority", "орган", "ведомство",
                "мақомот");
        put(headers, ImportField.SOURCE, "source", "information source", "источник", "источник информации",
                "манбаъ", "манбаи маълумот");
        put(headers, ImportField.SOURCE_DATE, "source date", "information date", "date of information",
                "дата информации", "дата сведений", "санаи маълумот");
        return Map.copyOf(headers);
    }

    private static void put(Map<String, ImportField> headers, ImportField field, String... names) {
        for (String name : names) {
            headers.put(CellValues.key(name), field);
        }
    }
}
