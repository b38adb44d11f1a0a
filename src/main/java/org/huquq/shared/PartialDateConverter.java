package org.huquq.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PartialDate} as its text ({@code varchar(10)}: "2023", "2023-05", "2023-05-17"). */
@Converter(autoApply = true)
public class PartialDateConverter implements AttributeConverter<PartialDate, String> {

    @Override
    public String convertToDatabaseColumn(PartialDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public PartialDate convertToEntityAttribute(String text) {
        return text == null ? null : PartialDate.parse(text);
    }
}
