package org.huquq.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller may read a record (or the record is new) but may not create or change it. Answers 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class AccessDeniedToWrite extends RuntimeException {

    public AccessDeniedToWrite(String message) {
        super(message);
    }
}
