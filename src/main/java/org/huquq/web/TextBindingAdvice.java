package org.huquq.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field, query parameter and path variable that any controller binds as text goes through
 * {@link ControlCharacters}, and every one it binds as a {@code LocalDate} through {@link RequestDates}: a form shows
 * a field error beside the field, a parameter is a 400 that names it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TextBindingAdvice {

    @InitBinder
    void refuseControlCharactersAndFarYears(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new ControlCharacters.Editor());
        binder.registerCustomEditor(java.time.LocalDate.class, new RequestDates.Editor());
        binder.setBindingErrorProcessor(new ControlCharacters.FormErrors());
    }
}
