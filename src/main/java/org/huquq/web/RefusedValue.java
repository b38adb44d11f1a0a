package org.huquq.web;

/**
 * A value of a request that has the right type but breaks a rule every request obeys (text with control characters,
 * {@link ControlCharacters}; a date whose year is not four digits, {@link RequestDates}): the field it came in is told
 * the message under {@link #messageKey()}, in an API problem, on an error page or beside a form field.
 */
interface RefusedValue {

    /** The key of what the field is told. */
    String messageKey();
}
