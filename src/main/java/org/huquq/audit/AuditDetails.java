package org.huquq.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Audit details that say what was written, never what it says: the audit chain is append-only and read by auditors
 * who may not read every record, so a detail names fields and references, not names, subjects or file names.
 */
public final class AuditDetails {

    private AuditDetails() {
    }

    /**
     * {@code "fields code,nameEn,type"}: the names of the components of {@code details} that hold a value (not null,
     * not blank, not an empty collection), in declaration order.
     */
    public static String fieldsGiven(Record details) {
        List<String> given = new ArrayList<>();
        for (RecordComponent component : details.getClass().getRecordComponents()) {
            if (holdsValue(value(details, component))) {
                given.add(component.getName());
            }
        }
        return "fields " + String.join(",", given);
    }

    private static Object value(Record details, RecordComponent component) {
        try {
            return component.getAccessor().invoke(details);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static boolean holdsValue(Object value) {
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }
}
